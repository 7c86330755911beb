# sys.stderr.write and print(file=sys.stderr)
import sys
print('stdout line')
sys.stderr.write('stderr line 1\n')
print('warning:', 'something', file=sys.stderr)
r = sys.stderr.write('partial')
sys.stderr.write(' line\n')
print('returned', r)
