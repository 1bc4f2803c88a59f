# str splitting: split/rsplit with and without separators and maxsplit, splitlines over every line boundary.
cases = ["a b  c", "  lead and trail  ", "", "   ", "a,b,,c,", ",", "one\ttwo\nthree\x0bfour\x0cfive\x1csix\u2003seven\u3000eight",
         "x--y--z", "aaa", "a\u00a0b"]
for s in cases:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.rsplit(",", 1), s.split("--"),
          s.split(" "), s.rsplit(maxsplit=0), s.split(maxsplit=-1))
print("a.b.c.d".split(".", 2), "a.b.c.d".rsplit(".", 2), "aaaa".split("aa"), "aaaa".rsplit("aa", 1), "abc".split("abc"), "abc".split("abcd"))
print("1,2,3".split(sep=","), "1 2 3".rsplit(sep=None, maxsplit=1), "a\tb".split("\t", maxsplit=0))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(",", "2"), lambda: "a".split(x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end\n\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[-3:], "".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\r\n\r\ny".splitlines(True))
print("a\nb".split("\n"), "a\r\nb".split(), "no newline".splitlines(), "\r".splitlines(True), "\r\r\n".splitlines())
print("path/to/file.tar.gz".rsplit(".", 1), "k=v=w".split("=", 1), "  x  ".strip().split(" "), "x".split("x"))
