# SystemExit can be caught; sys.exit(0) exits successfully
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('no-arg exit code', e.code)
print('exiting with 0')
sys.exit(0)
print('not printed')
