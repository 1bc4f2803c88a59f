# bytearray as a mutable sequence: slicing, comparisons, sorting, conversions, iteration while mutating, and methods on views.
ba = bytearray(b"hello world")
print(ba[0], ba[-1], ba[::2], ba[::-1], ba[2:5], ba[100:], type(ba[1:2]).__name__, list(ba[:3]), ba[:0])
print(ba.upper(), ba.count(b"o"), ba.find(b"world"), ba.index(b"o", 5), ba.rfind(111), bytes(ba), bytearray(ba) == ba, bytearray(ba) is not ba)
print(sorted(ba)[:4], bytearray(sorted(ba)), max(ba), min(ba), sum(ba), len(ba), ba * 2, ba + b"!", bytes(reversed(ba)))
print(ba == b"hello world", ba != "hello world", ba < b"hello", ba > b"hello", ba <= bytearray(b"hello world"), ba >= b"z")
it = iter(ba)
print(next(it), next(it))
ba[2:] = b"!"
print(list(it), ba)
x = bytearray(range(10))
x[::3] = b"\xff" * len(x[::3])
print(list(x), x.pop(), x.pop(0), len(x))
while x:
    x.pop()
print(x, bool(x), bytearray(b"a") * 0, bytearray(b"ab") * -1)
y = bytearray(b"abc")
y.extend(y); print(y)
y[len(y):] = y; print(y)
y[:] = y[::-1]; print(y)
del y[:]; print(y, len(y))
print(bytearray(b"key=value").split(b"="), bytearray(b"  a b ").split(), bytearray(b"a\nb").splitlines(), bytearray(b"x").join([b"1", b"2"]))
print(bytearray(b"abc").decode("ascii"), bytearray("héllo", "utf-8").decode("utf-8"), str(bytearray(b"s"), "ascii"), bytearray(b"%d-%s") % (1, b"x"))
for bad in [lambda: bytearray(b"a") < "a", lambda: bytearray(b"a") + "b", lambda: bytearray("x"), lambda: bytearray(1.0), lambda: bytearray([1], "utf-8"),
            lambda: bytearray(b"abc")[5], lambda: bytearray(b"abc")["x"], lambda: bytearray(b"a").decode("nope")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class BA(bytearray):
    def tag(self):
        return "BA" + repr(bytes(self))
z = BA(b"sub")
print(z.tag(), type(z + b"x").__name__, type(z[:1]).__name__, type(z.upper()).__name__, z == b"sub", repr(z), isinstance(z, bytearray))
z.append(33); z += b"?"; print(z, type(z).__name__, len(z))
