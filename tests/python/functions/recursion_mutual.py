# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([(i, is_even(i), is_odd(i)) for i in range(6)])
def count_down(n, out):
    if n < 0:
        return out
    out.append(n)
    return count_up_marker(n - 1, out)
def count_up_marker(n, out):
    out.append('|')
    return count_down(n, out)
print(count_down(3, []))
def parse_expr(tokens, i):
    val, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in '+-':
        op = tokens[i]
        rhs, i = parse_term(tokens, i + 1)
        val = val + rhs if op == '+' else val - rhs
    return val, i
def parse_term(tokens, i):
    val, i = parse_atom(tokens, i)
    while i < len(tokens) and tokens[i] in '*/':
        op = tokens[i]
        rhs, i = parse_atom(tokens, i + 1)
        val = val * rhs if op == '*' else val // rhs
    return val, i
def parse_atom(tokens, i):
    if tokens[i] == '(':
        val, i = parse_expr(tokens, i + 1)
        return val, i + 1
    return int(tokens[i]), i + 1
for src in ['1+2*3', '(1+2)*3', '8/2/2', '2*(3+4)*5-6']:
    print(src, parse_expr(list(src), 0)[0])
