# **kwargs
def config(**options):
    print(type(options).__name__, options)
    return len(options)
print(config())
print(config(debug=True, level=3))
def make_tag(tag, content='', **attrs):
    attr_str = ''.join(' ' + k + '="' + str(v) + '"' for k, v in attrs.items())
    return '<' + tag + attr_str + '>' + content + '</' + tag + '>'
print(make_tag('p', 'hi'))
print(make_tag('a', 'link', href='/x', title='t'))
opts = {'href': '/home', 'id': 7}
print(make_tag('a', 'home', **opts))
print(make_tag(**{'tag': 'div', 'content': 'c', 'cls': 'box'}))
def everything(a, b=2, *args, k, kk=5, **kw):
    return a, b, args, k, kk, kw
print(everything(1, k=3))
print(everything(1, 2, 3, 4, k=5, z=6, y=7))
