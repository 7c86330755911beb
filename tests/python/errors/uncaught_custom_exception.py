# uncaught user-defined exception with a custom __str__
class ValidationFailure(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return self.field + ' ' + self.problem

def validate(record):
    if 'email' not in record:
        raise ValidationFailure('email', 'is required')
    return True

print(validate({'email': 'a@b.c'}))
validate({'name': 'bob'})
