# str padding: center/ljust/rjust with fill characters, zfill with signs, expandtabs with tab sizes.
for s in ["", "a", "ab", "abc", "wide字", "-42", "+7", "x-1"]:
    print(repr(s.center(7)), repr(s.center(8, "*")), repr(s.ljust(6, ".")), repr(s.rjust(6, "0")), repr(s.zfill(6)), repr(s.center(1)))
print("abc".center(6), "|" + "abc".center(4) + "|", "|" + "ab".center(5) + "|", "|" + "abc".center(5, "é") + "|", "1".center(4, "日"))
print("-3.5".zfill(8), "+0".zfill(4), "".zfill(3), "-".zfill(3), "+-1".zfill(5), "abc".zfill(-1), "0x1f".zfill(8))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill(None), lambda: "a".center(5, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
tabbed = "a\tbc\tdef\tghij\tk\n12345678\tx\r\tz"
for n in [8, 4, 1, 0, -3, 3]:
    print(repr(tabbed.expandtabs(n)))
print(repr("\t".expandtabs()), repr("x\ty".expandtabs(tabsize=2)), repr("日\t本".expandtabs(4)), repr("no tabs".expandtabs()))
rows = [("name", "qty"), ("apple", "3"), ("kiwi", "12")]
for a, b in rows:
    print(a.ljust(8) + b.rjust(5), "|", (a + ":").ljust(8, "_") + b.zfill(3))
