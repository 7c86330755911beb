# Conway's game of life on a small torus-free grid
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == '#'}

def step(live, height, width):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    new = set()
    for cell, n in counts.items():
        r, c = cell
        if 0 <= r < height and 0 <= c < width:
            if n == 3 or (n == 2 and cell in live):
                new.add(cell)
    return new

def render(live, height, width):
    return '\n'.join(''.join('#' if (r, c) in live else '.' for c in range(width)) for r in range(height))

start = [
    '..........',
    '...#......',
    '....#.....',
    '..###.....',
    '..........',
    '......###.',
    '..........',
    '..........',
]
H, W = len(start), len(start[0])
live = parse(start)
for gen in range(5):
    print('generation', gen, 'population', len(live))
    print(render(live, H, W))
    live = step(live, H, W)
blinker = parse(['...', '###', '...'])
print(sorted(blinker), sorted(step(blinker, 3, 3)), step(step(blinker, 3, 3), 3, 3) == blinker)
