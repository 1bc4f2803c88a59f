# str.encode and bytes.decode across codecs and error handlers, with the Unicode errors' attributes.
text = "Añ€😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "ascii", "cp1252", "UTF8", "Latin1", "utf_8"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = text.encode(enc, errors)
            print(enc, errors, b.hex(), len(b))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e.encoding, e.start, e.end, e.reason)
data = b"A\xc3\xb1\xe2\x82\xac\xf0\x9f\x98\x80 \xff\xfe bad \xc3"
for enc in ["utf-8", "latin-1", "ascii", "cp1252", "utf-16-le"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
print("abc".encode().decode("utf-8"), "é".encode("utf-8").decode("latin-1"), "Ã©".encode("latin-1").decode("utf-8"))
print(len("😀".encode("utf-16-le")), "😀".encode("utf-16-be").hex(), b"\x3d\xd8\x00\xde".decode("utf-16-le"), b"\xff\xfe" + "x".encode("utf-16-le"))
for bad in [lambda: "x".encode(5), lambda: b"x".decode(5), lambda: "x".encode("utf-8", 5), lambda: b"\x80".decode("ascii"),
            lambda: "\u20ac".encode("latin-1"), lambda: b"\xed\xa0\x80".decode("utf-8"), lambda: b"\xc3".decode("utf-8")]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
