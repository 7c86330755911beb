# str(KeyError) uses repr of the key
for key in ['name', 42, ('a', 1), '', None, 3.5, 'with "quotes"', "it's"]:
    try:
        {}[key]
    except KeyError as e:
        print('str:', str(e), '| repr:', repr(e), '| arg:', repr(e.args[0]))
e = KeyError('x', 'y')
print(str(e))
print(str(KeyError()))
