# leading underscore conventions (no name mangling tricks)
class Secret:
    def __init__(self):
        self._protected = 'single underscore'
        self.public = 'public'
    def _helper(self):
        return 'helper: ' + self._protected
    def reveal(self):
        return self._helper()
s = Secret()
print(s.public, s._protected, s.reveal(), s._helper())
print(sorted(vars(s)))
