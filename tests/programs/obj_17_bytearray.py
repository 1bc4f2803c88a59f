# bytearray: mutation methods, slice assignment, in-place ops, conversions, errors.
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
ba.extend([63, 63])
print(ba, len(ba), ba[0], ba[-1])
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EL"
print(ba)
ba[0:0] = b"<<"
del ba[-6:]
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
ba.reverse()
print(ba)
ba2 = bytearray(3)
ba2 += b"ab"
ba2 *= 2
print(ba2, bytearray(b"abc") + b"d", type(bytearray(b"a") + b"b").__name__, b"a" + bytearray(b"b"))
print(bytearray("é", "utf-8"), bytearray([1, 2, 3]), bytearray(b"x").copy(), bytearray())
c = bytearray(b"abcabc")
print(c.replace(b"b", b"B"), c.upper(), c.split(b"c"), c.find(b"c"), c.count(b"a"), c.strip(b"ac"))
c.clear()
print(c, len(c))
for act in [lambda: bytearray(b"x").__setitem__(0, 256), lambda: bytearray(b"x").__setitem__(0, "a"),
            lambda: bytearray(b"").pop(), lambda: bytearray(b"abc").remove(120), lambda: bytearray(b"x").__setitem__(5, 1),
            lambda: bytearray(b"ab").__setitem__(slice(0, 2, 1), 5), lambda: bytearray([300]), lambda: bytearray(b"x").extend(["a"])]:
    try:
        print(act())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    bytearray(b"abcd")[::2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
d = bytearray(b"0123456789")
d[2:5] = b""
print(d)
d[1:2] = b"ABCDE"
print(d)
del d[::3]
print(d)
print(bytearray(b"ab") == b"ab", bytes(bytearray(b"z")), bytearray(b"Hi").decode(), list(bytearray(b"\x00\xff")))
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(bytearray(b"q'\"")), str(bytearray(b"s")), bytearray.fromhex("41 42"), bytearray(b"xy").hex())
e = bytearray(b"abc")
alias = e
e += b"d"
print(e is alias, alias)
print(bytearray(b"k") in [b"k"], b"k" in bytearray(b"ok"), 107 in bytearray(b"k"))
m = bytearray(b"abc")
for i, x in enumerate(m):
    m[i] = x - 32
print(m, m.isupper(), m.lower().islower())
