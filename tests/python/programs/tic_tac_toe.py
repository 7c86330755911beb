# tic-tac-toe: winner detection and a perfect-play minimax search
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != '.' and board[a] == board[b] == board[c]:
            return board[a]
    return 'draw' if '.' not in board else None

memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w == 'X':
        result = (1, None)
    elif w == 'O':
        result = (-1, None)
    elif w == 'draw':
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == '.':
                nb = board[:i] + player + board[i + 1:]
                score, _ = minimax(nb, 'O' if player == 'X' else 'X')
                if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result

def show(board):
    for r in range(3):
        print(' '.join(board[r * 3:r * 3 + 3]))

for b in ['XXX.OO...', 'XO.XO.X..', 'XOXOXOOXO', 'XOXXOOOXX', '.........']:
    print(b, winner(b))
board = '.........'
player = 'X'
while winner(board) is None:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = 'O' if player == 'X' else 'X'
show(board)
print('result:', winner(board), 'positions explored:', len(memo))
print(minimax('XX.OO....', 'X'), minimax('XX.OO....', 'O'))
