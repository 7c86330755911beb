# explicit chaining shown in the traceback
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings['port'])
    except KeyError as e:
        raise ConfigError('port setting missing') from e

read_port({'host': 'localhost'})
