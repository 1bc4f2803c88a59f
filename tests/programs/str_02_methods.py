# str methods: split (sep, maxsplit), rsplit, join, strip family, startswith/endswith, replace, upper/lower.
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("one two three four".split(None, 2), "one two three four".rsplit(None, 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("x--y--z".split("--"), "2024-01-15".split("-"), "k=v=w".split("=", 1))
print("|".join(["a", "b", "c"]), ", ".join(str(i) for i in range(5)), "".join([]), "-".join("abc"))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "..end".lstrip("."), "end!!".rstrip("!"))
print("filename.py".endswith(".py"), "filename.py".startswith("file"), "abc".startswith("abcd"))
print("filename.py".endswith((".txt", ".py")), "abc".startswith(("x", "a")))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "hello".replace("l", ""), "abc".replace("", "-"))
print("Hello World".upper(), "Hello World".lower(), "MiXeD".lower().upper())
print("hello world".replace("world", "there").upper().split())
words = "the rain in spain stays mainly in the plain".split()
print(len(words), words[::2], " ".join(reversed(words)))
print(" ".join(w[0].upper() + w[1:] for w in words))
csv = "name,age,city\nalice,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.split("\n")]
for r in rows:
    print(r)
header = rows[0]
for r in rows[1:]:
    print({header[i]: r[i] for i in range(len(header))})
print("a b\tc\nd".split(), "a\tb".split("\t"))
print("  padded  ".strip() + "|", "\n\tx\n ".strip() + "|")
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
