# an interpreter for a tiny line-based language with variables, loops and functions
PROGRAM = '''
let n = 10
let a = 0
let b = 1
let i = 0
while i < n
  print a
  let t = a + b
  let a = b
  let b = t
  let i = i + 1
end
def square x
  return x * x
enddef
print square 12
let total = 0
let k = 1
while k <= 5
  let sq = square k
  let total = total + sq
  let k = k + 1
end
print total
print undefined_var
'''

class Interp:
    def __init__(self, src):
        self.lines = [l.strip() for l in src.strip().splitlines()]
        self.vars = {}
        self.funcs = {}
        self.output = []

    def value(self, tok, env):
        if tok.lstrip('-').isdigit():
            return int(tok)
        if tok in env:
            return env[tok]
        raise NameError('undefined variable ' + repr(tok))

    def expr(self, toks, env):
        if toks[0] in self.funcs:
            param, body = self.funcs[toks[0]]
            arg = self.expr(toks[1:], env)
            return self.run_block(body, {param: arg})
        v = self.value(toks[0], env)
        i = 1
        while i < len(toks):
            op, rhs = toks[i], self.value(toks[i + 1], env)
            if op == '+': v = v + rhs
            elif op == '-': v = v - rhs
            elif op == '*': v = v * rhs
            elif op == '<': v = int(v < rhs)
            elif op == '<=': v = int(v <= rhs)
            else: raise SyntaxError('bad operator ' + op)
            i += 2
        return v

    def find_end(self, lines, start, opener, closer):
        depth = 0
        for j in range(start, len(lines)):
            if lines[j].split()[0] == opener:
                depth += 1
            elif lines[j] == closer:
                depth -= 1
                if depth == 0:
                    return j
        raise SyntaxError('missing ' + closer)

    def run_block(self, lines, env):
        pc = 0
        while pc < len(lines):
            toks = lines[pc].split()
            kw = toks[0]
            if kw == 'let':
                env[toks[1]] = self.expr(toks[3:], env)
            elif kw == 'print':
                try:
                    self.output.append(str(self.expr(toks[1:], env)))
                except NameError as e:
                    self.output.append('error: ' + str(e))
            elif kw == 'while':
                end = self.find_end(lines, pc, 'while', 'end')
                body = lines[pc + 1:end]
                while self.expr(toks[1:], env):
                    self.run_block(body, env)
                pc = end
            elif kw == 'def':
                end = self.find_end(lines, pc, 'def', 'enddef')
                self.funcs[toks[1]] = (toks[2], lines[pc + 1:end])
                pc = end
            elif kw == 'return':
                return self.expr(toks[1:], env)
            pc += 1
        return None

it = Interp(PROGRAM)
it.run_block(it.lines, it.vars)
print('\n'.join(it.output))
print(sorted(it.vars.items()))
print(sorted(it.funcs))
