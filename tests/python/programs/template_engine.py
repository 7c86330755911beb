# a minimal template engine with variables, filters and loops
def render(template, ctx):
    out = []
    i = 0
    while i < len(template):
        start = template.find('{{', i)
        block = template.find('{%', i)
        if start == -1 and block == -1:
            out.append(template[i:])
            break
        if block != -1 and (start == -1 or block < start):
            out.append(template[i:block])
            end = template.find('%}', block)
            tag = template[block + 2:end].split()
            close = template.find('{% endfor %}', end)
            body = template[end + 2:close]
            var, _, seq_name = tag[1], tag[2], tag[3]
            for item in lookup(seq_name, ctx):
                inner = dict(ctx)
                inner[var] = item
                out.append(render(body, inner))
            i = close + len('{% endfor %}')
        else:
            out.append(template[i:start])
            end = template.find('}}', start)
            expr = template[start + 2:end].strip()
            parts = [p.strip() for p in expr.split('|')]
            val = lookup(parts[0], ctx)
            for f in parts[1:]:
                val = FILTERS[f](val)
            out.append(str(val))
            i = end + 2
    return ''.join(out)

def lookup(path, ctx):
    cur = ctx
    for part in path.split('.'):
        if isinstance(cur, dict):
            cur = cur[part]
        else:
            cur = getattr(cur, part)
    return cur

FILTERS = {
    'upper': lambda v: str(v).upper(),
    'title': lambda v: str(v).title(),
    'len': len,
    'money': lambda v: '$%.2f' % v,
    'reverse': lambda v: v[::-1],
}

ctx = {
    'user': {'name': 'ada lovelace', 'email': 'ada@example.com'},
    'items': [{'name': 'notebook', 'price': 3.5}, {'name': 'pen', 'price': 1.25}],
    'total': 4.75,
}
tpl = 'Hello {{ user.name | title }} <{{ user.email }}>!\n{% for it in items %}- {{ it.name | upper }}: {{ it.price | money }}\n{% endfor %}Items: {{ items | len }}, total {{ total | money }}, backwards {{ user.name | reverse }}'
print(render(tpl, ctx))
try:
    render('{{ missing.key }}', ctx)
except KeyError as e:
    print('KeyError:', e)
try:
    render('{{ total | nofilter }}', ctx)
except KeyError as e:
    print('KeyError:', e)
