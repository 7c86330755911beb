# user-defined exception classes with extra state
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field + ': ' + msg)
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return 'not found: ' + repr(self.key)
def check(kind):
    if kind == 'v':
        raise ValidationError('email', 'invalid format')
    if kind == 'n':
        raise NotFound('user42')
    if kind == 'a':
        raise AppError('generic', 'with', 'args')
    return 'ok'
for k in ['v', 'n', 'a', 'x']:
    try:
        print(check(k))
    except ValidationError as e:
        print('ValidationError', e.field, e, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args, repr(e))
print(issubclass(ValidationError, Exception), isinstance(NotFound('k'), AppError))
