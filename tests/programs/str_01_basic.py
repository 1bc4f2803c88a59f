# String basics: indexing (negative), slicing, concatenation, repetition, membership, len, iteration, comparison.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[::2], s[::-1], s[1:-1], s[100:], s[-100:3])
print(s + "!", s * 2, "-" * 10, 3 * "ab", "" * 5 + "|")
print("World" in s, "world" in s, "" in s, "x" not in s)
chars = []
for c in "abc":
    chars.append(c.upper())
print(chars, list("xyz"), tuple("hi"))
print("abc" == "abc", "abc" != "abd", "a" < "b", "B" < "a", "abc" < "abcd")
t = "multi" "part" " literal"
print(t)
print('single', "double", '''triple
quoted''', """another""")
print("tab\there", "new\\nline", 'quote\'s', "dq\"s", len("\n\t\\"))
print(str(123) + str(4.5) + str(None) + str(True))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[50])
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
word = "racecar"
print(word == word[::-1], "python"[::-1], "abcdef"[1:5:2], "abcdef"[-1:-5:-2])
acc = ""
for i in range(5):
    acc += str(i)
print(acc, len(acc), acc[2:4])
print(ord("a") - ord("A"), "".join([chr(ord(c) + 1) for c in "HAL"]))
print(min("hello"), max("hello"), sorted("banana"), "banana".count("a"))
print(str(), len(""), "" == str(), repr(""), repr("it's"), repr('say "hi"'))
print(repr("both ' and \""), repr("line\nbreak"), repr("tab\t"), repr("back\\slash"))
print("éü", len("éü"), "日本語"[1], len("日本語"))
