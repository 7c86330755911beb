# a tiny stack-based virtual machine with variables, jumps and calls
def run(program, trace=False):
    stack = []
    env = {}
    calls = []
    out = []
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == 'label'}
    pc = 0
    steps = 0
    while pc < len(program):
        steps += 1
        if steps > 10000:
            raise RuntimeError('step limit exceeded')
        ins = program[pc]
        op = ins[0]
        pc += 1
        if op == 'push':
            stack.append(ins[1])
        elif op == 'load':
            stack.append(env[ins[1]])
        elif op == 'store':
            env[ins[1]] = stack.pop()
        elif op == 'dup':
            stack.append(stack[-1])
        elif op in ('add', 'sub', 'mul', 'mod', 'lt'):
            b, a = stack.pop(), stack.pop()
            if op == 'add':
                stack.append(a + b)
            elif op == 'sub':
                stack.append(a - b)
            elif op == 'mul':
                stack.append(a * b)
            elif op == 'mod':
                stack.append(a % b)
            else:
                stack.append(1 if a < b else 0)
        elif op == 'jz':
            if stack.pop() == 0:
                pc = labels[ins[1]]
        elif op == 'jmp':
            pc = labels[ins[1]]
        elif op == 'call':
            calls.append(pc)
            pc = labels[ins[1]]
        elif op == 'ret':
            pc = calls.pop()
        elif op == 'print':
            out.append(stack.pop())
        elif op == 'label':
            pass
        elif op == 'halt':
            break
        else:
            raise ValueError('bad opcode ' + repr(op))
        if trace:
            print('   ', op, stack, env)
    return out, steps

factorial = [
    ('push', 1), ('store', 'acc'), ('push', 10), ('store', 'n'),
    ('label', 'loop'), ('load', 'n'), ('jz', 'done'),
    ('load', 'acc'), ('load', 'n'), ('mul',), ('store', 'acc'),
    ('load', 'n'), ('push', 1), ('sub',), ('store', 'n'), ('jmp', 'loop'),
    ('label', 'done'), ('load', 'acc'), ('print',),
]
print(run(factorial))
fizz = [
    ('push', 1), ('store', 'i'),
    ('label', 'top'), ('load', 'i'), ('push', 16), ('lt',), ('jz', 'end'),
    ('load', 'i'), ('push', 3), ('mod',), ('jz', 'three'),
    ('load', 'i'), ('print',), ('jmp', 'next'),
    ('label', 'three'), ('push', 'fizz'), ('print',),
    ('label', 'next'), ('load', 'i'), ('push', 1), ('add',), ('store', 'i'), ('jmp', 'top'),
    ('label', 'end'),
]
print(run(fizz)[0])
print(run([('push', 1), ('call', 'f'), ('print',), ('halt',), ('label', 'f'), ('push', 41), ('add',), ('ret',)]))
print(run([('push', 2), ('push', 3), ('add',), ('dup',), ('mul',), ('print',)], trace=True))
for bad in [[('label', 'x'), ('jmp', 'x')], [('push', 1), ('explode',)], [('add',)], [('load', 'nope')]]:
    try:
        run(bad)
    except (RuntimeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
