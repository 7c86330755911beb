# three-level implicit chain
def step1():
    raise ValueError('step one failed')

def step2():
    try:
        step1()
    except ValueError:
        raise KeyError('step two')

def step3():
    try:
        step2()
    except KeyError:
        raise RuntimeError('step three gave up')

step3()
