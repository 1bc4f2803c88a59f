# str.maketrans and str.translate: dict forms, three-argument form, deletion, ranges and errors.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "axbycz".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "ccc", "é": 101})
print(sorted(t3.items()), "abcé!".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72, 111: "0"}), "abc".translate({}), "".translate({1: 2}))
print("rot13 text".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")))
class Table:
    def __getitem__(self, k):
        if k == ord("s"):
            raise LookupError
        return k + 1 if chr(k).isalpha() else None
print("ab c!s".translate(Table()))
print("ab".translate([None, "x"] * 60))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(5),
            lambda: str.maketrans({1.5: "a"}), lambda: str.maketrans("a", "b", 5), lambda: "a".translate({97: 1.5}),
            lambda: "a".translate({97: 0x110000}), lambda: "a".translate(5), lambda: str.maketrans("a", 5),
            lambda: str.maketrans()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("abcdef".translate({ord(c): c.upper() * 2 for c in "ace"}), "x".translate({120: "\U0001F600"}))
