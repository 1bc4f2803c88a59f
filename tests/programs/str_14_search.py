# str searching and replacing: find/rfind/index/rindex/count/replace with ranges, empty needles and negative indices.
s = "abracadabra"
for sub in ["a", "bra", "cad", "", "z", "abracadabra!", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8), s.count(sub, 2, -2), s.find(sub, -4), s.find(sub, 20))
print("".find(""), "".rfind(""), "".count(""), "abc".count(""), "abc".count("", 1), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", -1))
print(s.index("c"), s.rindex("a"), s.index("a", 1, 4), s.rindex("b", 0, -3))
for bad in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 1, 2), lambda: s.find(5), lambda: s.count(None),
            lambda: s.find("a", "1"), lambda: s.index()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(s.find("a", None, None), s.count("a", None), s.rfind("a", None, 5))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("a", "", -1), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"))
print(s.replace("abra", "X", 0), s.replace("zz", "y"), "aaaa".replace("aa", "b"), "héllo".replace("é", "e"), s.replace("a", "aa").count("a"))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"), "x🐍y🐍".index("🐍"), "x🐍y🐍".rindex("🐍"))
print("a" in s, "cad" in s, "" in s, "dab" not in s, "A" in s)
try:
    print(5 in s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
