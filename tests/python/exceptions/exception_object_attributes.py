# custom attributes on exception instances
class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
    def __str__(self):
        return str(self.code) + ' ' + self.reason
errors = [HTTPError(404, 'Not Found'), HTTPError(500, 'Server Error')]
for err in errors:
    try:
        raise err
    except HTTPError as e:
        print(e, '|', e.code, e.reason, e.args, repr(e))
e = HTTPError(418, "I'm a teapot")
e.extra = 'added later'
print(e.extra, str(e))
print(isinstance(e, Exception), isinstance(e, HTTPError))
