# sys: argv, maxsize, recursion limit, stdout.write
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith('.py'))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
n = sys.stdout.write('written via sys.stdout.write\n')
print(n)
sys.stdout.write('no newline ')
sys.stdout.write('then newline\n')
print(type(sys.argv).__name__)
