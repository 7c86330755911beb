# singly linked list with iteration, reversal and dunder methods
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError('%r not in list' % (v,))

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __contains__(self, v):
        return any(x == v for x in self)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')

    def __repr__(self):
        return 'LinkedList(' + ' -> '.join(repr(v) for v in self) + ')'

ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 7 in ll)
ll.remove(1)
print(ll)
ll.reverse()
print(ll, list(ll), sum(ll))
try:
    ll.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty))
print(sorted(LinkedList('linked')))
