# sorting objects that define only __lt__
class Card:
    ranks = '23456789TJQKA'
    def __init__(self, s):
        self.rank = s[0]
        self.suit = s[1]
    def __lt__(self, other):
        return (Card.ranks.index(self.rank), self.suit) < (Card.ranks.index(other.rank), other.suit)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ['Kh', '2c', 'Ad', 'Ts', '2d', '9h']]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
hand.sort()
print(hand)
print(Card('Ah') > Card('2c'), Card('3c') < Card('2c'))
try:
    Card('Ah') <= Card('2c')
except TypeError as e:
    print(type(e).__name__, e)
