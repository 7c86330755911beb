# a vending machine state machine driven by events
class VendingMachine:
    PRICES = {'cola': 150, 'chips': 100, 'candy': 65}

    def __init__(self):
        self.state = 'idle'
        self.credit = 0
        self.stock = {'cola': 2, 'chips': 1, 'candy': 0}
        self.log = []

    def event(self, kind, arg=None):
        handler = getattr(self, 'on_' + self.state + '_' + kind, None)
        if handler is None:
            self.log.append('ignored %s in state %s' % (kind, self.state))
            return
        before = self.state
        handler(arg)
        self.log.append('%s --%s(%s)--> %s credit=%d' % (before, kind, arg, self.state, self.credit))

    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = 'has_credit'

    def on_has_credit_coin(self, amount):
        self.credit += amount

    def on_has_credit_select(self, item):
        if item not in self.PRICES:
            self.log.append('unknown item ' + repr(item))
            return
        if self.stock[item] == 0:
            self.log.append('sold out: ' + item)
            return
        price = self.PRICES[item]
        if self.credit < price:
            self.log.append('need %d more for %s' % (price - self.credit, item))
            return
        self.stock[item] -= 1
        self.credit -= price
        self.log.append('vend ' + item)
        self.state = 'has_credit' if self.credit else 'idle'

    def on_has_credit_refund(self, _):
        self.log.append('refund %d' % self.credit)
        self.credit = 0
        self.state = 'idle'

vm = VendingMachine()
events = [('select', 'cola'), ('coin', 100), ('select', 'cola'), ('coin', 25), ('coin', 25), ('select', 'cola'),
          ('coin', 200), ('select', 'candy'), ('select', 'gum'), ('select', 'chips'), ('select', 'chips'), ('refund', None), ('refund', None)]
for kind, arg in events:
    vm.event(kind, arg)
for line in vm.log:
    print(line)
print(vm.state, vm.credit, vm.stock)
