# bytearray: mutation methods, item/slice assignment and deletion, in-place operators.
ba = bytearray(b"abc")
ba.append(100); ba.append(True)
print(ba, len(ba))
ba.extend(b"ef"); ba.extend(bytearray(b"g")); ba.extend([104, 105]); ba.extend(range(106, 108)); ba.extend(memoryview(b"l")); ba.extend(x for x in b"mn")
print(ba)
ba.insert(0, 65); ba.insert(-1, 66); ba.insert(100, 67); ba.insert(-100, 68)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("e")); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c[0] = 0; print(ba[0] != c[0], type(c).__name__)
ba.clear(); print(ba, len(ba), bool(ba))
d = bytearray(b"0123456789")
d[0] = 65; d[-1] = 66; print(d)
d[1:3] = b"xy"; print(d)
d[1:3] = b""; print(d)
d[0:0] = b"<<"; print(d)
d[len(d):] = [62, 62]; print(d)
d[::2] = bytes(len(d[::2])); print(d)
d[::-3] = b"!" * len(d[::-3]); print(d)
d[2:5] = bytearray(b"ABCDEFG"); print(d)
d[3:1] = b"Z"; print(d)
d[:] = d; print(d)
del d[0]; print(d)
del d[-1]; print(d)
del d[1:4]; print(d)
del d[::2]; print(d)
del d[::-1]; print(d, len(d))
e = bytearray(b"ab"); alias = e
e += b"cd"; e += bytearray(b"e"); e += memoryview(b"f")
print(e, e is alias)
e *= 2; print(e, e is alias)
e *= 0; print(e, e is alias)
f = bytearray(b"xy")
try:
    f += f
except BufferError as e:
    print(type(e).__name__, e, f)
g = bytearray(b"q"); g.extend(g); print(g)
class I:
    def __index__(self):
        return 1
h = bytearray(b"abc"); h[I()] = I(); print(h, h[I()], h.pop(I()), h)
for act in [lambda: bytearray(b"x").__setitem__(0, 256), lambda: bytearray(b"x").__setitem__(0, -1), lambda: bytearray(b"x").__setitem__(0, "a"),
            lambda: bytearray(b"x").__setitem__(1, 0), lambda: bytearray(b"x").__setitem__("a", 0), lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5),
            lambda: bytearray(b"ab").__setitem__(slice(0, 1), "a"), lambda: bytearray(b"ab").__setitem__(slice(0, 1), [256]),
            lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"xyz"), lambda: bytearray(b"x").__delitem__(3),
            lambda: bytearray().pop(), lambda: bytearray(b"a").pop(3), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").remove(300),
            lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("b"), lambda: bytearray(b"a").extend(1), lambda: bytearray(b"a").extend("ab"),
            lambda: bytearray(b"a").extend([1, "x"]), lambda: bytearray(b"a").insert(0), lambda: bytearray(b"a").insert(0, 999),
            lambda: bytearray(b"a") + "b", lambda: bytearray(b"a") * "b", lambda: hash(bytearray(b"a")), lambda: {bytearray(): 1}]:
    try:
        print(act())
    except Exception as e:
        print(type(e).__name__, e)
