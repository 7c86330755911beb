# sys.exit(3) ends the program with status 3
import sys
print('before exit')
def finish():
    try:
        sys.exit(3)
    finally:
        print('finally runs during exit')
finish()
print('never printed')
