# loops and ifs do not create scopes
if True:
    inside_if = 'visible'
print(inside_if)
for i in range(3):
    inside_for = i * 2
print(i, inside_for)
while True:
    inside_while = 'yes'
    break
print(inside_while)
try:
    inside_try = 'try'
    raise ValueError
except ValueError:
    inside_except = 'except'
print(inside_try, inside_except)
with open('_tmp_scope_of_loops_and_ifs.txt', 'w') as fh:
    inside_with = 'with'
print(inside_with)
def f():
    if False:
        never = 1
    try:
        return never
    except UnboundLocalError as e:
        return str(e)
print(f())
