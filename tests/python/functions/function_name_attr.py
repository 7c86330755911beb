# __name__ of functions, lambdas, methods, builtins
def regular():
    pass
lam = lambda: 0
class K:
    def meth(self):
        pass
    @staticmethod
    def st():
        pass
def factory():
    def inner():
        pass
    return inner
print(regular.__name__, lam.__name__, K.meth.__name__, K().meth.__name__, K.st.__name__, factory().__name__)
print(len.__name__, print.__name__, K.__name__, int.__name__)
fns = [regular, lam, len, factory]
print([f.__name__ for f in fns])
alias = regular
print(alias.__name__)
print(type(regular).__name__, type(len).__name__, type(lam).__name__)
