# int conversions to text and back: str/repr/bin/oct/hex round trips, int subclasses, __index__ users, numeric tower.
for n in [0, 1, -1, 9, 10, 2**31, -(2**63), 2**64 + 1, 7**77, -(5**60)]:
    s, b, o, h = str(n), bin(n), oct(n), hex(n)
    print(s, b[:20], o[:20], h[:20], int(s) == n, int(b, 0) == n, int(o, 0) == n, int(h, 0) == n, int(h, 16) == n, len(s))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(Idx(5)), oct(Idx(-8)), hex(Idx(255)), [1, 2, 3][Idx(1)], "abcd"[Idx(1):Idx(3)], range(Idx(3)), (2).__pow__(Idx(3)) if False else 8)
print(operator_index := __import__("operator").index(Idx(7)), int(Idx(9)), complex(Idx(2)), float(Idx(3)), round(2.5, Idx(0)))
for bad in [lambda: bin(1.5), lambda: hex("1"), lambda: oct(None), lambda: [1][Idx("x")], lambda: bin(Idx(2.0)), lambda: int("5", Idx(8)) ]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
x = MyInt(41)
print(x, repr(x), str(x), x + 1, type(x + 1).__name__, type(-x).__name__, type(abs(x)).__name__, type(x * 1).__name__, hex(x), f"{x:>6}", "%d" % x)
print(int(x), type(int(x)).__name__, x == 41, hash(x) == hash(41), isinstance(x, int), MyInt("ff", 16), MyInt(), x.real, type(x.real).__name__)
print(type(x.numerator).__name__, type(+x).__name__, type(x // 1).__name__, type(x << 0).__name__, x.bit_length(), x.to_bytes(1, "big"))
print(type(MyInt.from_bytes(b"\x05", "big")).__name__, MyInt.from_bytes(b"\x05", "big"), int.__new__(MyInt, 3), type(int.__new__(MyInt, 3)).__name__)

print(7 .__class__.__name__, (7).__class__, 1_000_000, 0b_1010, 0o_17, 0x_dead_beef)
print(int.__add__(x, 1), int.__repr__(x), str(int(x)), int.__str__(x), format(x), x.__format__(""), sum([x, x]), max(x, 40))
