# functions with docstrings still work normally
def documented(x):
    """Return x doubled.

    Multi-line docstring.
    """
    return x * 2
def single():
    'single quoted docstring'
    return 'ok'
print(documented(21), single())
class Thing:
    """A class with a docstring."""
    def method(self):
        """Method docstring."""
        return 'method result'
print(Thing().method())
def after_doc():
    """doc"""
    value = 5
    """this string is just an expression statement"""
    return value
print(after_doc())
