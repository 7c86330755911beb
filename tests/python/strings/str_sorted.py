# sorting strings and characters
print(sorted('python'))
print(''.join(sorted('python')))
print(''.join(sorted('python', reverse=True)))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
print(max(words), min(words), max(words, key=len))
def is_anagram(a, b):
    return sorted(a.lower()) == sorted(b.lower())
print(is_anagram('Listen', 'Silent'), is_anagram('abc', 'abd'))
