# bank account simulation with transactions, errors and a ledger
class InsufficientFunds(Exception):
    pass

class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds('%s has %d, needs %d' % (self.owner, self.balance, amount))
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return 'Account(#%d %s: %d)' % (self.id, self.owner, self.balance)

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open('alice', 100)
bob = bank.open('bob')
carol = bank.open('carol', 50)
ops = [('transfer', 1, 2, 30), ('transfer', 2, 3, 50), ('deposit', 3, 0), ('transfer', 3, 1, 80),
       ('withdraw', 2, 10), ('transfer', 9, 1, 5), ('deposit', 2, 25)]
for op in ops:
    try:
        if op[0] == 'transfer':
            bank.transfer(op[1], op[2], op[3])
        elif op[0] == 'deposit':
            bank.accounts[op[1]].deposit(op[2])
        else:
            bank.accounts[op[1]].withdraw(op[2])
        print('ok  ', op)
    except InsufficientFunds as e:
        print('fail', op, '->', e)
    except ValueError as e:
        print('fail', op, '->', e)
    except KeyError as e:
        print('fail', op, '-> no account', e)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
print('total', bank.total())
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
