# bytearray in-place mutation: item/slice assignment incl. extended slices, +=, *=, del, and their errors.
ba = bytearray(b"abcdefgh")
ba[0] = 65; print(ba)
ba[-1] = ord("H"); print(ba)
ba[1:3] = b"XYZ"; print(ba)
ba[::2] = b"1234x"[:len(ba[::2])]; print(ba)
ba[5:5] = [0x21, 0x22]; print(ba)
ba[:2] = bytearray(b""); print(ba)
ba[-2:] = memoryview(b"mv"); print(ba)
ba[::-3] = bytes(len(ba[::-3])); print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
del ba[-2:]; print(ba)
ba += b"++"; print(ba)
ba += bytearray(b"!"); print(ba)
ba *= 2; print(ba)
b2 = ba
b2 += b"?"; print(ba is b2, ba)
ba[1:4] = range(70, 73); print(ba)
ba[:] = b"reset"; print(ba, len(ba))
ba[2:2] = b"..."; print(ba)
ba[len(ba):] = b"end"; print(ba)
ba *= 0; print(ba, len(ba))
for bad in [lambda: ba.__setitem__(0, 1), lambda: bytearray(b"ab").__setitem__(0, 256), lambda: bytearray(b"ab").__setitem__(0, b"x"),
            lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5), lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"xyz"),
            lambda: bytearray(b"ab").__setitem__(5, 1), lambda: bytearray(b"ab").__delitem__(9), lambda: bytearray(b"ab").__setitem__("0", 1),
            lambda: bytearray(b"ab").__iadd__("s"), lambda: bytearray(b"ab").__imul__(1.5), lambda: bytearray(b"ab").__setitem__(slice(0, 1), "s"),
            lambda: bytearray(b"ab").__setitem__(0, -1), lambda: bytearray(b"abcd").__setitem__(slice(0, 4, 2), [1, 2, 3]),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 0), b"")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b"self")
x[1:3] = x; print(x)
x[::-1] = x; print(x)
y = bytearray(range(10))
y[2:8:3] = b"\xff\xfe"; print(list(y))
del y[::-1]; print(y)
z = bytearray(b"abc")
z[0:0] = z; print(z)
z[3:] = []; print(z)
z.__iadd__(b"d"); print(z)
print(bytearray(b"x") * 3, 3 * bytearray(b"y"), bytearray(b"a") + b"b", b"b" + bytearray(b"a"), type(b"b" + bytearray(b"a")).__name__)
