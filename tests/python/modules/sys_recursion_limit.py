# adjusting the recursion limit
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
old = sys.getrecursionlimit()
print(old)
try:
    depth(3000)
except RecursionError as e:
    print('RecursionError at default limit:', e)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(3000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
