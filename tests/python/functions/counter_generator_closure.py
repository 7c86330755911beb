# comparing a closure-based counter with a class-free id generator
def id_maker(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return prefix + str(n).zfill(3)
    return next_id
user_id = id_maker('U')
order_id = id_maker('O')
print(user_id(), user_id(), order_id(), user_id(), order_id())
ids = [user_id() for _ in range(3)]
print(ids)
def running_average():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
print([avg(x) for x in [10, 20, 30, 40]])
