# class-level names are not visible inside comprehension bodies (only the first iterable)
class A:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        error = str(e)
print(A.scaled)
print(A.error)
print(hasattr(A, 'bad'))
class B:
    factor = 3
    def compute(self):
        return [v * self.factor for v in range(3)]
print(B().compute())
