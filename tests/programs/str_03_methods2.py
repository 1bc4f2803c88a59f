# str methods: find/index/count, isdigit/isalpha/isspace, zfill, center/ljust/rjust, splitlines, partition, format.
s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("zz"), s.find("i", -3), s.find(""))
print(s.index("p"), s.count("s"), s.count("ss"), s.count("i", 5), s.count(""))
try:
    s.index("q")
except ValueError as e:
    print("ValueError:", e)
for t in ["123", "12a", "", "abc", "ABC", "a b", " \t\n", "x1"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("[" + "hi".center(7) + "]", "[" + "hi".center(8, "*") + "]", "[" + "odd".center(6) + "]")
print("[" + "left".ljust(8) + "]", "[" + "right".rjust(8) + "]", "[" + "x".ljust(4, ".") + "]", "[" + "long".rjust(2) + "]")
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print("no newline".splitlines(), "".splitlines(), "a\n".splitlines(), "a\n\n".split("\n"))
print("key=value=x".partition("="), "novalue".partition("="), "a.b.c".partition("."))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "cd"), "{name} is {age}".format(name="Ann", age=7))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:08.3f}".format(3.14159), "{:,}".format(1234567))
print("{!r} {!s}".format("q", "q"), "{{literal}}".format())
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
def is_palindrome(t):
    cleaned = "".join(c.lower() for c in t if c.isalpha())
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
def caesar(t, k):
    out = []
    for c in t:
        if c.isalpha() and c.lower() == c:
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(caesar("hello, world", 3), caesar(caesar("abcxyz", 5), 21))
print("a-b-c".split("-").index("c"), "hello".upper().count("L"), "x".join("123"))
