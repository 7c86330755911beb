# print to stderr, then raise
import sys
print('normal output')
print('warning: about to fail', file=sys.stderr)
sys.stderr.write('more diagnostics\n')
raise RuntimeError('explicit failure')
