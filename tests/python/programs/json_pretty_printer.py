# a hand-written JSON-like serializer with indentation
def escape(s):
    out = ''
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == '\\':
            out += '\\\\'
        elif ch == '\n':
            out += '\\n'
        elif ch == '\t':
            out += '\\t'
        else:
            out += ch
    return '"' + out + '"'

def dumps(obj, indent=0, step=2):
    pad = ' ' * indent
    inner = ' ' * (indent + step)
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        items = [inner + dumps(v, indent + step, step) for v in obj]
        return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        items = [inner + escape(str(k)) + ': ' + dumps(v, indent + step, step) for k, v in obj.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    raise TypeError('cannot serialize ' + type(obj).__name__)

data = {
    'name': 'pyjit',
    'version': [0, 1, 2],
    'stable': False,
    'ratio': 0.75,
    'notes': 'line1\nline2 "quoted" \\ backslash',
    'deps': [],
    'config': {'debug': True, 'paths': ['/usr', '/opt'], 'limits': {'depth': 1000, 'mem': None}},
    'matrix': [[1, 2], [3, 4]],
}
print(dumps(data))
print(dumps([]), dumps({}), dumps('x'), dumps(None))
try:
    dumps({'bad': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
