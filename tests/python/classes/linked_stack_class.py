# a stack class with dunder methods
class Stack:
    def __init__(self, items=()):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty Stack')
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(reversed(self._items))
    def __repr__(self):
        return 'Stack(' + repr(self._items) + ')'
    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), list(s))
print(s.pop(), s.pop(), s)
print(s == Stack([1, 2]), s == [1, 2], bool(s))
s.pop(); s.pop()
print(bool(s), s.peek())
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
