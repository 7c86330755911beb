# helper module (not a test): raises from inside a module function
def parse_record(line):
    name, age = line.split(',')
    return name, int(age)


def load_all(lines):
    return [parse_record(l) for l in lines]
