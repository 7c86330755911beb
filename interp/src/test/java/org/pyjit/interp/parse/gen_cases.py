#!/usr/bin/env python3
r"""Regenerates the expected results of the parser tests with CPython 3.11 (run it with python3.11).

Reads ast_sources.txt, error_sources.txt and format_sources.txt (one escaped source per line) and writes
ast_cases.txt, error_cases.txt and format_cases.txt next to them. Each case is

    === <name>
    <escaped source>
    <expected result>

where the expected result of an AST or error case is what ParseProbe.probe prints for the source:
    OK <dump>                                       the AST in AstDump's format, with positions
    ERR kind|line|offset|endLine|endOffset|incomplete|msg
and the expected result of a format case is the escaped text python3 prints to stderr for the file x.py.

Escaping (same as CaseFiles.java): backslash, newline, carriage return and tab are written \\ \n \r \t, other
control characters \xNN.

The dump follows ast.dump's conventions with the differences of pyjit's AST: no ctx, type_comment, kind,
type_ignores, is_async, returns, simple or parameter annotations; optional fields that are None are left out.
Columns are converted from CPython's UTF-8 byte offsets to code points.
"""
import ast
import os
import re
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def esc(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\x%02x' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def unesc(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c != '\\' or i + 1 >= len(s):
            out.append(c)
            i += 1
            continue
        d = s[i + 1]
        i += 2
        if d == 'n':
            out.append('\n')
        elif d == 'r':
            out.append('\r')
        elif d == 't':
            out.append('\t')
        elif d == 'x':
            out.append(chr(int(s[i:i + 2], 16)))
            i += 2
        else:
            out.append(d)
    return ''.join(out)


FIELDS = {
    'Module': ['body'],
    'FunctionDef': ['name', 'args', 'body', 'decorator_list'],
    'ClassDef': ['name', 'bases', 'keywords', 'body', 'decorator_list'],
    'Return': ['value'], 'Delete': ['targets'], 'Assign': ['targets', 'value'],
    'AugAssign': ['target', 'op', 'value'], 'AnnAssign': ['target', 'annotation', 'value'],
    'For': ['target', 'iter', 'body', 'orelse'], 'While': ['test', 'body', 'orelse'],
    'If': ['test', 'body', 'orelse'], 'With': ['items', 'body'], 'Raise': ['exc', 'cause'],
    'Try': ['body', 'handlers', 'orelse', 'finalbody'], 'Assert': ['test', 'msg'], 'Import': ['names'],
    'ImportFrom': ['module', 'names', 'level'], 'Global': ['names'], 'Nonlocal': ['names'],
    'Expr': ['value'], 'Pass': [], 'Break': [], 'Continue': [],
    'BoolOp': ['op', 'values'], 'NamedExpr': ['target', 'value'], 'BinOp': ['left', 'op', 'right'],
    'UnaryOp': ['op', 'operand'], 'Lambda': ['args', 'body'], 'IfExp': ['test', 'body', 'orelse'],
    'Dict': ['keys', 'values'], 'Set': ['elts'], 'ListComp': ['elt', 'generators'],
    'SetComp': ['elt', 'generators'], 'DictComp': ['key', 'value', 'generators'],
    'GeneratorExp': ['elt', 'generators'], 'Yield': ['value'], 'YieldFrom': ['value'],
    'Compare': ['left', 'ops', 'comparators'], 'Call': ['func', 'args', 'keywords'],
    'FormattedValue': ['value', 'conversion', 'format_spec'], 'JoinedStr': ['values'], 'Constant': ['value'],
    'Attribute': ['value', 'attr'], 'Subscript': ['value', 'slice'], 'Starred': ['value'], 'Name': ['id'],
    'List': ['elts'], 'Tuple': ['elts'], 'Slice': ['lower', 'upper', 'step'],
    'comprehension': ['target', 'iter', 'ifs'], 'ExceptHandler': ['type', 'name', 'body'],
    'arguments': ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
    'arg': ['arg'], 'keyword': ['arg', 'value'], 'alias': ['name', 'asname'],
    'withitem': ['context_expr', 'optional_vars'],
}
POSITIONED = (ast.stmt, ast.expr, ast.arg, ast.keyword, ast.excepthandler)


def dump(tree, src):
    lines = re.split('\r\n|\r|\n', src[1:] if src.startswith('\ufeff') else src)

    def col(line, c):
        if line - 1 >= len(lines):
            return c
        return len(lines[line - 1].encode('utf-8')[:c].decode('utf-8', 'replace'))

    def d(node):
        if isinstance(node, ast.AST):
            name = type(node).__name__
            if name not in FIELDS:
                return name + '()'
            parts = []
            for f in FIELDS[name]:
                v = getattr(node, f)
                if v is None and name != 'Constant':
                    continue
                parts.append(f + '=' + d(v))
            p = ''
            if isinstance(node, POSITIONED):
                p = '@%d:%d-%d:%d' % (node.lineno, col(node.lineno, node.col_offset), node.end_lineno,
                                      col(node.end_lineno, node.end_col_offset))
            return name + p + '(' + ', '.join(parts) + ')'
        if isinstance(node, list):
            return '[' + ', '.join('None' if x is None else d(x) for x in node) + ']'
        return repr(node)

    return d(tree)


def expected(src):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            return 'OK ' + esc(dump(ast.parse(src, 'x.py'), src))
        except SyntaxError as e:
            incomplete = 0
            try:
                compile(src, 'x.py', 'exec', flags=PyCF_ALLOW_INCOMPLETE_INPUT, dont_inherit=True)
            except SyntaxError as e2:
                incomplete = 1 if e2.msg == 'incomplete input' else 0
            return 'ERR %s|%s|%s|%s|%s|%d|%s' % (type(e).__name__, e.lineno, e.offset, e.end_lineno,
                                                 e.end_offset, incomplete, esc(e.msg))


def stderr_of_file(src, workdir):
    path = os.path.join(workdir, 'x.py')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(src)
    r = subprocess.run([sys.executable, '-W', 'ignore', 'x.py'], cwd=workdir, capture_output=True)
    # Python 3.11 prints the absolute path of the script; the tests use the name x.py.
    return r.stderr.decode('utf-8', 'replace').replace('File "' + workdir + '/', 'File "')


def read_sources(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [line for line in f.read().split('\n') if line and not line.startswith('##')]


def write_cases(name, prefix, sources, fn):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write('## Generated by gen_cases.py with Python %s; do not edit.\n' % sys.version.split()[0])
        for i, s in enumerate(sources):
            f.write('=== %s-%04d\n%s\n%s\n' % (prefix, i + 1, s, fn(unesc(s))))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with Python 3.11')
    # compile() reads the text of error lines from a file named like the source when one exists.
    with tempfile.TemporaryDirectory() as workdir:
        os.chdir(workdir)
        write_cases('ast_cases.txt', 'ast', read_sources('ast_sources.txt'), expected)
        write_cases('error_cases.txt', 'err', read_sources('error_sources.txt'), expected)
        write_cases('format_cases.txt', 'fmt', read_sources('format_sources.txt'),
                    lambda src: esc(stderr_of_file(src, workdir)))


if __name__ == '__main__':
    main()
