# tokenizer + recursive descent parser + evaluator for arithmetic
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif c in '+-*/()%^':
            tokens.append(('op', c))
            i += 1
        else:
            raise SyntaxError('unexpected character %r at %d' % (c, i))
    tokens.append(('end', None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == 'op' and self.peek()[1] in '*/%':
            op = self.take()[1]
            r = self.factor()
            if op == '*':
                v = v * r
            elif op == '/':
                v = v / r
            else:
                v = v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == ('op', '^'):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ('op', '-'):
            self.take()
            return -self.unary()
        t = self.take()
        if t[0] == 'num':
            return t[1]
        if t == ('op', '('):
            v = self.expr()
            if self.take() != ('op', ')'):
                raise SyntaxError('expected )')
            return v
        raise SyntaxError('unexpected token %r' % (t,))

for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-4 + 10 % 3', '7 / 2', '1.5 * 4', '2 * (3 + 4) * -1', '8 / (3 - 3)', '3 + * 4', '4 $ 4', '(1 + 2']:
    try:
        print(src, '=', Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, '->', type(e).__name__ + ':', e)
print(tokenize('12+(3.5*2)'))
