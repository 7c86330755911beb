# __len__, __getitem__, __setitem__, __delitem__, __contains__
class Bag:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
b = Bag()
b['apple'] = 3
b['pear'] = 1
print(len(b), b['apple'], b['missing'], 'pear' in b, 'kiwi' in b, 'kiwi' not in b)
b['apple'] += 2
print(b['apple'])
del b['pear']
print(len(b), bool(b))
try:
    del b['nothing']
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for x in Seq():
    print('item', x)
