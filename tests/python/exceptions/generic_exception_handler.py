# catching Exception vs BaseException
def run(fn):
    try:
        fn()
        return 'no error'
    except Exception as e:
        return 'Exception: ' + type(e).__name__
def stop():
    raise SystemExit(2)
def interrupt():
    raise KeyboardInterrupt
print(run(lambda: 1 / 0))
print(run(lambda: None))
for fn in [stop, interrupt]:
    try:
        print(run(fn))
    except BaseException as e:
        print('BaseException:', type(e).__name__, e.args)
try:
    raise SystemExit('message')
except SystemExit as e:
    print('code', repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print('code', e.code)
