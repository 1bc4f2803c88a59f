# bool: arithmetic promotes to int, bitwise stays bool, repr/str/format, conversions and the singleton rules.
t, f = True, False
print(t + t, t - f, t * 10, t / 2, t // 1, t % 1, t ** 10, -t, +t, ~t, ~f, abs(f), divmod(t, t))
print(type(t + t).__name__, type(-t).__name__, type(t & t).__name__, type(t & 1).__name__, type(t ^ f).__name__)
print(t & f, t | f, t ^ t, f ^ f, t & 3, 3 | f, t << 2, t >> 1)
print(repr(t), str(f), format(t), format(t, "d"), format(t, ">6"), format(f, "05"), f"{t:x}", f"{t!s:>6}", "%d %s %r" % (t, t, f))
print(int(t), float(f), complex(t), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bool(), bool(0j), bool(1e-300), bool(b""), bool(range(0)), bool(range(1)), bool(float("nan")))
print(t == 1, f == 0, t == 1.0, t is True, bool(1) is True, (1 == 1) is True, t.real, t.imag, t.numerator, t.denominator)
print(hash(t), hash(f), {True: "a", 1: "b"}, {1: "x", True: "y", 1.0: "z"}, len({0, False, 0.0}))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]), [1, 2, 3][True], "ab"[False])
print(t.bit_length(), t.bit_count(), t.to_bytes(1, "big"), t.as_integer_ratio(), t.conjugate(), type(t.conjugate()).__name__)
print(isinstance(t, int), issubclass(bool, int), bool.__mro__, bool.__bases__, type(t).__name__)
for bad in [lambda: bool.__new__(int), lambda: type("B", (bool,), {}), lambda: bool(1, 2), lambda: bool(x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Truthy:
    def __bool__(self):
        return 1
class Lenny:
    def __len__(self):
        return -1
class Nothing:
    pass
for obj in [Truthy(), Lenny()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bool(Nothing()), not Nothing(), not 0, not "x")
print(True + 0.5, True * "ab", [0] * True, True * (1, 2), (t and 5), (f or "z"), t > f, f < -1)
print(str(True).upper(), repr(False).lower(), True.__and__(1), True.__rxor__(True), True.__ror__(0), False.__invert__())
