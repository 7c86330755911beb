# several closures sharing the same cell
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return 'insufficient funds'
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), wd(500), get())
dep2, wd2, get2 = make_account(0)
print(dep2(1), get(), get2())
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
u, d = counter_pair()
print(u(), u(), d(), u(), d(), d())
