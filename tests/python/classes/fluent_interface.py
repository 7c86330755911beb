# method chaining by returning self
class Query:
    def __init__(self, table):
        self.table = table
        self.conds = []
        self.order = None
        self.lim = None
    def where(self, cond):
        self.conds.append(cond)
        return self
    def order_by(self, col):
        self.order = col
        return self
    def limit(self, n):
        self.lim = n
        return self
    def __str__(self):
        s = 'SELECT * FROM ' + self.table
        if self.conds:
            s += ' WHERE ' + ' AND '.join(self.conds)
        if self.order:
            s += ' ORDER BY ' + self.order
        if self.lim is not None:
            s += ' LIMIT ' + str(self.lim)
        return s
print(Query('users'))
print(Query('users').where('age > 18').where("name != ''").order_by('name').limit(10))
q = Query('t').limit(0)
print(q, q.lim)
