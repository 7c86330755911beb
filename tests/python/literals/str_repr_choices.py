# repr picks quotes depending on content
tests = ['plain', "it's", 'say "x"', 'both \' "', '', '\\', 'tab\t', 'nl\n', 'é', '\x7f', 'cr\r', '\u200b', '\xa0']
for s in tests:
    print(repr(s), len(s))
print(tests)
print(str(tests))
print((tests[1],))
print({tests[1]: tests[2]})
