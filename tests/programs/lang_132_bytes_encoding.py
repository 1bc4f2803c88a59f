# Bytes and text: a tiny binary record format with struct-free packing.


def pack_record(name, age, tags):
    raw = name.encode("utf-8")
    out = bytearray()
    out += len(raw).to_bytes(2, "big")
    out += raw
    out.append(age)
    out.append(len(tags))
    for t in tags:
        tb = t.encode()
        out.append(len(tb))
        out.extend(tb)
    return bytes(out)


def unpack_record(data):
    pos = 0

    def take(n):
        nonlocal pos
        if pos + n > len(data):
            raise ValueError(f"truncated at {pos} (+{n})")
        chunk = data[pos:pos + n]
        pos += n
        return chunk
    n = int.from_bytes(take(2), "big")
    name = take(n).decode("utf-8")
    age = take(1)[0]
    tags = [take(take(1)[0]).decode() for _ in range(take(1)[0])]
    return name, age, tags, pos


rec = pack_record("Zoë", 42, ["x", "yz"])
print(rec, len(rec), rec.hex(), rec.hex(" ", 2))
print(unpack_record(rec))
try:
    unpack_record(rec[:-2])
except ValueError as e:
    print(type(e).__name__, e)

s = "naïve café ☕"
enc = s.encode()
print(len(s), len(enc), enc[:8], enc.decode("utf-8") == s)
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"), s.encode("latin-1", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"abc".decode("ascii"), bytes.fromhex("48 69"))
print(bytes(3), bytes([65, 66]), b"ab" * 2, b"a,b".split(b","), b"  x ".strip(), b"abc".upper())
print(b"hello"[1], b"hello"[1:3], list(b"hi"), b"h" in b"hi", 104 in b"hi", b"abc".find(b"c"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba[1:3] = b"EE"
del ba[-1]
print(ba, ba.decode(), ba.count(b"E"), bytes(ba).replace(b"E", b"e"))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
print(repr(b"\x00\n'\"\\"), ascii("é\n"), repr("tab\there"), "\u00e9" == "é", "\N{BLACK STAR}")
print(ord("€"), chr(8364), "%c" % 8364, "€".encode("utf-16-le"), len("😀".encode("utf-16-le")))
