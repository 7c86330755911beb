# f-strings with escapes and quotes
name = "Ann"
print(f'tab\t{name}\tend')
print(f"line1\n{name}")
print(f'{{literal}} {name}')
print(f'{{{name}}}')
print(f'quote \' {name} \"')
print(f"""triple {name}
second line""")
print(rf'raw\n{name}')
print(fr'raw\t{name}')
print(f'\x41{name}\u00e9')
d = {'k': 'v'}
print(f"{d['k']}")
print(f'{name!r:>10}')
print(f'{"" or "empty"}')
print(len(f'{name}\n'))
