# Raw and triple-quoted strings, escapes, implicit concatenation, line continuation.
print(r"C:\new\table", r"\n" == "\\n", len(r"\t"), r"a\"b", r'\'')
print("""Line one
Line two\
 continued
\tindented""")
print('''it's "quoted"''', """ends with quote\"""")
s = ("implicit "
     "concatenation "
     'mixed quotes '
     r"raw\part")
print(s)
print("a" "b" 'c', "x" f"{1+1}" "y", f"{'in'}" "out")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0end".encode("utf-8"))
print("\a\b\f\v".encode(), len("\
"))
print("unknown \q escape".replace("\\", "/"))
total = 1 + \
    2 + \
    3
print(total)
print(repr("tab\there"), repr('both \' and "'), repr("only 'single'"), repr('only "double"'))
print(repr("\x00\x7f\x80\xff\u2028"), repr("\U0001F600"), ascii("é\U0001F600"))
print(len("""

"""), "a\
b")
for src in [r'"\N{NOT A REAL NAME}"', r'"\x4"', r'"\u12"', '"unterminated', "'''never closed", r'"\777"']:
    try:
        print(src, "->", repr(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(r"""raw triple \n
keeps""")
print("%s is %d years and %.2f%%" % ("Tom", 30, 99.5), "%(a)s-%(b)r" % {"a": 1, "b": "x"})
print("%5s|%-5s|%05d|%x|%o|%e|%c" % ("r", "l", 42, 255, 8, 12345.678, 65))
print("abc" "def"[1], ("abc" "def")[4])
doc = """
    indented block
      more
"""
print(doc.splitlines())
print(u"unicode prefix", U"upper")
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\u00e9" == "\xe9")
