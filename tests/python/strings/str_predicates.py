# is* predicates
samples = ['123', 'abc', 'abc123', '   ', '', 'ABC', 'Abc', 'abc ', '12.5', '\t\n', '_name', 'name1', '1name', 'class', '²', '½', 'é', 'Title Case']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.isidentifier())
