# bytearray list-like methods (append/extend/insert/pop/remove/reverse/clear/copy) plus bytes methods returning bytearray.
ba = bytearray()
ba.append(97); ba.append(0x62); ba.extend(b"cd"); ba.extend([101, 102]); ba.extend(bytearray(b"g")); ba.extend(range(104, 106))
print(ba, len(ba))
ba.insert(0, 48); ba.insert(-1, 49); ba.insert(100, 50); ba.insert(-100, 51); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("c")); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c.clear(); print(ba, c, c is not ba)
ba.extend(iter([120, 121])); ba.extend(memoryview(b"z")); print(ba)
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.append(b"a"), lambda: ba.extend(5), lambda: ba.extend([1, "x"]),
            lambda: ba.extend("str"), lambda: bytearray().pop(), lambda: ba.pop(100), lambda: ba.remove(200), lambda: ba.remove(999),
            lambda: ba.insert(0, 256), lambda: ba.insert("0", 1), lambda: ba.index(b"none"), lambda: ba.extend([300])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
m = bytearray(b"  Hello World  ")
for r in [m.strip(), m.upper(), m.lower(), m.replace(b"l", b"L"), m.split(), m.partition(b"o"), m.center(20, b"*"), m.title(), m.zfill(18),
          m.translate(None, b"lo"), m.expandtabs(), m.swapcase(), m.removeprefix(b"  "), m.rjust(3), m.join([b"a", b"b"])]:
    print(type(r).__name__, r)
print(m.find(b"o"), m.count(b"l"), m.index(72), m.isspace(), m.startswith(b" "), m.hex(), m.decode(), bytearray(b"\xc3\xa9").decode())
print(bytearray(3), bytearray([1, 2]), bytearray(b"x"), bytearray("é", "utf-8"), bytearray(range(3)), bytearray(), bytearray(memoryview(b"mv")))
print(bytearray(b"abc") == b"abc", bytearray(b"a") < bytearray(b"b"), bytearray(b"ab") in [b"ab"], b"b" in bytearray(b"abc"), 98 in bytearray(b"abc"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(repr(bytearray(b"q'\"\x00")), str(bytearray(b"s")), bytearray(b"abc")[1], bytearray(b"abc")[1:], bytearray(b"abc")[::-1])
print(sorted(set(dir(bytearray)) - set(dir(bytes))))
