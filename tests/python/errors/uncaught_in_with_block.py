# exception escaping a with block whose __exit__ does not suppress it
class Session:
    def __enter__(self):
        print('session opened')
        return self

    def __exit__(self, exc_type, exc, tb):
        print('session closed, error:', exc_type.__name__ if exc_type else None)
        return False

with Session():
    print('working')
    data = [1, 2, 3]
    data.remove(4)
