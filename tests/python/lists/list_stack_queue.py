# lists used as stack and queue
stack = []
for x in 'abc':
    stack.append(x)
    print('push', x, stack)
while stack:
    print('pop', stack.pop(), stack)
queue = []
for x in range(4):
    queue.append(x)
while queue:
    print('dequeue', queue.pop(0), queue)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ['()', '([]{})', '(]', '((', '', 'a(b)c']:
    print(repr(s), balanced(s))
