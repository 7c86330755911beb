# exceptions raised and handled across methods
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        if qty <= 0:
            raise ValueError('quantity must be positive, got ' + str(qty))
        self.items[name] = self.items.get(name, 0) + qty
    def remove(self, name, qty):
        if name not in self.items:
            raise KeyError(name)
        if self.items[name] < qty:
            raise RuntimeError('not enough ' + name)
        self.items[name] -= qty
        if self.items[name] == 0:
            del self.items[name]
inv = Inventory()
ops = [('add', 'apple', 5), ('add', 'pear', 0), ('remove', 'apple', 2), ('remove', 'kiwi', 1), ('remove', 'apple', 10), ('remove', 'apple', 3)]
for op, name, qty in ops:
    try:
        getattr(inv, op)(name, qty)
        print(op, name, qty, 'ok', inv.items)
    except (ValueError, KeyError, RuntimeError) as e:
        print(op, name, qty, 'failed:', type(e).__name__, e)
