# syntax error: return outside function
print("hello")
return 5
