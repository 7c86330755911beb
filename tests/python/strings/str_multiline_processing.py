# processing multi-line text
text = """# config
name = demo
  version = 1.2

# comment
debug = true
empty =
"""
config = {}
for lineno, line in enumerate(text.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith('#'):
        print(lineno, 'skip', repr(line))
        continue
    key, _, value = line.partition('=')
    config[key.strip()] = value.strip()
    print(lineno, 'set', repr(key.strip()), repr(value.strip()))
print(config)
print(max(text.splitlines(), key=len))
print(sum(1 for l in text.splitlines() if l.strip()))
