# ten-pin bowling scorer with validation
class BowlingError(Exception):
    pass

def score(rolls):
    for r in rolls:
        if not 0 <= r <= 10:
            raise BowlingError('invalid roll %d' % r)
    total = 0
    frames = []
    i = 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError('incomplete game after %d frames' % frame)
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError('strike bonus missing')
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError('frame %d incomplete' % (frame + 1))
            pair = rolls[i] + rolls[i + 1]
            if pair > 10:
                raise BowlingError('too many pins in frame %d' % (frame + 1))
            if pair == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError('spare bonus missing')
                total += 10 + rolls[i + 2]
            else:
                total += pair
            i += 2
        frames.append(total)
    return total, frames

games = {
    'gutter': [0] * 20,
    'all ones': [1] * 20,
    'one spare': [5, 5, 3] + [0] * 17,
    'one strike': [10, 3, 4] + [0] * 16,
    'perfect': [10] * 12,
    'all spares': [5] * 21,
    'mixed': [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    'too many': [6, 6] + [0] * 18,
    'short': [1, 2, 3],
    'negative': [-1] + [0] * 19,
}
for name, rolls in games.items():
    try:
        total, frames = score(rolls)
        print(name.ljust(11), total, frames)
    except BowlingError as e:
        print(name.ljust(11), 'error:', e)
