# __name__ is '__main__' for the script, module name for imports
import mod_uses_other
print(__name__)
print(mod_uses_other.NAME)
def main():
    print('main called')
if __name__ == '__main__':
    main()
