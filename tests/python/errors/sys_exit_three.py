# sys.exit(3) sets the exit status
import sys
print('cleaning up')
sys.exit(3)
