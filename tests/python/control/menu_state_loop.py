# a command loop driven by a list of inputs
commands = ['push 3', 'push 4', 'add', 'push 10', 'mul', 'print', 'pop', 'pop', 'bogus', 'quit', 'push 1']
stack = []
for cmd in commands:
    parts = cmd.split()
    op = parts[0]
    if op == 'quit':
        print('bye')
        break
    elif op == 'push':
        stack.append(int(parts[1]))
    elif op in ('add', 'mul'):
        if len(stack) < 2:
            print('underflow')
            continue
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if op == 'add' else a * b)
    elif op == 'print':
        print('stack', stack)
    elif op == 'pop':
        print('popped', stack.pop() if stack else 'nothing')
    else:
        print('unknown', repr(op))
else:
    print('no quit')
print('final', stack)
