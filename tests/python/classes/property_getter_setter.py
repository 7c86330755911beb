# @property with setter and deleter
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('balance cannot be negative')
        self._balance = value
    @balance.deleter
    def balance(self):
        print('deleting balance')
        self._balance = 0
    @property
    def summary(self):
        return self.owner + ': ' + str(self._balance)
a = Account('ann', 10)
print(a.balance, a.summary)
a.balance = 50
print(a.balance)
try:
    a.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
del a.balance
print(a.balance)
try:
    a.summary = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Account.balance).__name__)
