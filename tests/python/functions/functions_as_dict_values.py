# event handlers stored in a dict of lists
handlers = {}
def on(event):
    def deco(f):
        handlers.setdefault(event, []).append(f)
        return f
    return deco
@on('start')
def log_start(data):
    return 'log: start ' + str(data)
@on('start')
def count_start(data):
    return 'count: ' + str(len(data))
@on('stop')
def log_stop(data):
    return 'log: stop'
def emit(event, data):
    return [h(data) for h in handlers.get(event, [])]
print(emit('start', [1, 2, 3]))
print(emit('stop', None))
print(emit('unknown', None))
print({k: [f.__name__ for f in v] for k, v in handlers.items()})
