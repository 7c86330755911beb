# strip with character sets, and removeprefix-like helpers
def remove_prefix(s, p):
    return s[len(p):] if s.startswith(p) else s

def remove_suffix(s, p):
    return s[:-len(p)] if p and s.endswith(p) else s

print(remove_prefix('unhappy', 'un'), remove_prefix('happy', 'un'))
print(remove_suffix('file.py', '.py'), remove_suffix('file.py', ''), remove_suffix('file', '.py'))
print('mississippi'.strip('mis'), 'mississippi'.strip('ip'), 'mississippi'.rstrip('ip'))
print('<<tag>>'.strip('<>'), '[x]'.lstrip('['), '(((a)))'.strip('()'))
print('  \t\n x \n'.strip(' '), '|')
print(repr('0001000'.strip('0')), repr('0001000'.lstrip('0')), repr('0001000'.rstrip('0')))
