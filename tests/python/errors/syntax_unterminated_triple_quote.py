# syntax error: unterminated triple-quoted string
print("before")
text = """this string
never ends
print(text)
