# Error handlers of str.encode / bytes.decode and the Unicode error objects' fields and messages.
for s, enc in [("aé€x", "ascii"), ("aé€x", "latin-1"), ("a€\u20ad\u20aex", "cp1252"), ("日本", "ascii"), ("é", "utf-8")]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "bogus"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e.args)
            print("   ", e)
        except LookupError as e:
            print(enc, errors, "LookupError", e)
for b in [b"ok\xffok", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80x", b"\xf0\x9f\x98", b"\x80abc"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(b, errors, repr(b.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(b, errors, "UnicodeDecodeError", e.args)
            print("   ", e)
for b, enc in [(b"\x80\x81\x9f\xa0", "cp1252"), (b"caf\xe9", "ascii"), (b"caf\xe9", "latin-1"), (b"\x93quoted\x94", "windows-1252")]:
    for errors in ["strict", "replace", "backslashreplace"]:
        try:
            print(enc, errors, repr(b.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError", e)
for bad in ["klingon", "utf-9", ""]:
    try:
        "x".encode(bad)
    except LookupError as e:
        print("LookupError", e)
    try:
        b"x".decode(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    b"\xff".decode("utf-8", "nonsense")
except LookupError as e:
    print("LookupError", e)
print("x".encode("utf-8", "nonsense"), b"x".decode("ascii", "nonsense"))
e = UnicodeDecodeError("utf-8", b"abc\xff", 3, 4, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e.reason = "changed"
e.start = 0
print(str(e), isinstance(e, ValueError), UnicodeDecodeError.__mro__[1].__name__)
e2 = UnicodeEncodeError("ascii", "\u20ac", 0, 1, "nope")
print(str(e2), e2.object)
print(issubclass(UnicodeError, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
print("€".encode("cp1252"), b"\x80".decode("cp1252"), "\u0152\u0153".encode("windows_1252"))
