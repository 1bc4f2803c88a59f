# utf-16 / utf-32 codecs: BOMs, byte orders, surrogate pairs, and their decode errors word for word.
text = "Aé€😀"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "u32", "utf_16_be"]:
    data = text.encode(enc)
    print(enc, len(data), data[:6], data.decode(enc) == text)
print("".encode("utf-16"), "".encode("utf-32"), "".encode("utf-16-le"))
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00i\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00h".decode("utf-32"), repr(b"\xff\xfe\x00\x00".decode("utf-32")))
cases = [b"A", b"A\x00B", b"\xff\xfeA", b"\x00\xd8", b"\x00\xd8A\x00", b"\x00\xdcA\x00",
         b"=\xd8\x00\xde", b"\x00\xd8\x00\xd8", b"\x80\x81\x9f"]
for enc in ["utf-16", "utf-16-be"]:
    for c in cases:
        for errors in ["strict", "replace", "ignore", "backslashreplace"]:
            try:
                print(enc, c, errors, repr(c.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, c, errors, "->", e.encoding, e.start, e.end, e.reason, "|", e)
for c in [b"A\x00\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"A\x00B", b"\xff\xfe\x00\x00A\x00\x00\x00"]:
    for errors in ["strict", "replace"]:
        try:
            print("utf-32", c, errors, repr(c.decode("utf-32", errors)))
        except UnicodeDecodeError as e:
            print("utf-32", c, errors, "->", e.args, "|", e)
s = "\U0001f600\u20ac"
print(s.encode("utf-16-le"), s.encode("utf-16-be"), s.encode("utf-32-be"))
print(len(s.encode("utf-16-le")) // 2, len(s))
print(str(b"\xff\xfeh\x00i\x00", "utf-16"), bytes("hi", "utf-16-be"), bytearray("é", "utf-32-le"))
print(bytearray(b"h\x00").decode("utf-16-le"), memoryview(b"\x00h").tobytes().decode("utf-16-be"))
