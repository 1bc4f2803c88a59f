# str as a sequence: iteration of astral characters, len/indexing consistency, sorting with keys, comparisons of mixed scripts.
s = "aé日🐍\U0001F600z"
print(len(s), [c for c in s], [ord(c) for c in s], s[3], s[-2], s[2:4], s[::-1], s.index("🐍"), s.encode("utf-8").hex(" "))
print(len(s.encode("utf-16-le")) // 2, len(s.encode("utf-32-le")) // 4, s.encode("utf-8").decode("utf-8") == s, list(enumerate(s))[3])
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "Éclair", "zebra", "Zebra", "10", "9", "_x"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold), sorted(words, key=len), sorted(words, reverse=True))
print(max(words), min(words), max(words, key=len), "b" * 3 > "b" * 2, "a\x00" > "a", "\U0010FFFF" > "\uffff", "Z" < "a" < "é" < "日" < "🐍")
print(list(zip("abc", "xy")), list(map(str.upper, "ab")), dict.fromkeys("aab"), set("aab") == {"a", "b"}, "".join(reversed(s)) == s[::-1])
it = iter("ab")
print(type(it).__name__, next(it), it.__length_hint__() if hasattr(it, "__length_hint__") else "-", list(it), list(it))
print("x".__iter__ is not None, str.__iter__("q").__next__(), [*"abc"], (*"de",), {*"ff"}, "%s%s%s" % tuple("xyz"))
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count, sorted(count.items(), key=lambda kv: (-kv[1], kv[0])))
print("abc" * 2 == "abcabc", "a" + "b" == "ab", ("ab" + "c")[::1] == "abc", str(123) + str(4.5) + str(None))
