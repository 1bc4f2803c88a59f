# str.encode and bytes.decode agree: utf-8, ascii, latin-1 with each error handler.
texts = ["plain", "café", "€uro", "mixed é€😀", ""]
for t in texts:
    for enc in ["utf-8", "ascii", "latin-1", "UTF8", "Latin_1", "us-ascii"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
            try:
                b = t.encode(enc, errors)
                back = b.decode(enc, "replace" if errors != "strict" else "strict")
                print(repr(t), enc, errors, b, back == t)
            except UnicodeEncodeError as e:
                print(repr(t), enc, errors, type(e).__name__, e)
raw = [b"\xff", b"ok\xc3", b"\xc3\x28", b"\xe2\x82", b"\xe2\x82\xac", b"\xf0\x9f\x98", b"a\x80b\x81c", b"\xed\xa0\x80"]
for r in raw:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace"]:
            try:
                print(r, enc, errors, repr(r.decode(enc, errors)), repr(bytearray(r).decode(encoding=enc, errors=errors)))
            except UnicodeDecodeError as e:
                print(r, enc, errors, type(e).__name__, e)
print(str(b"abc", "ascii"), str(bytearray(b"x\xe9"), "latin-1"), str(memoryview(b"mv"), encoding="utf-8"), str(b"\xff", "utf-8", "replace"))
for bad in [lambda: b"a".decode("rot13x"), lambda: "a".encode("nope"), lambda: b"\xff".decode("utf-8", "nope"), lambda: "é".encode("ascii", "nope"),
            lambda: b"a".decode(encoding=1), lambda: "a".encode(errors=None), lambda: str("a", "utf-8"), lambda: str(5, "utf-8")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
