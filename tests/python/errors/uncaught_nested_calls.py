# traceback through three nested function calls
def parse(text):
    return int(text)

def load(items):
    second = items[1]
    return parse(second)

def main():
    print('loading')
    return load(['1', 'two', '3'])

main()
