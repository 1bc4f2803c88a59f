# __call__, __bool__/__len__ truth and __index__ in slicing, range and hex.
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1, *, label=None):
        self.n += step
        return (label, self.n) if label else self.n


c = Counter()
print(c(), c(5), c(label="x"), callable(c), callable(Counter), callable(3))
print(list(map(c, [1, 1, 1])))


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Flag(True)), bool(Flag(False)), bool(Sized(0)), bool(Sized(2)))
print("yes" if Sized(1) else "no", not Sized(0), Flag(False) or "alt", Flag(True) and "both")
print([x.n for x in filter(None, [Sized(0), Sized(3), Sized(0), Sized(1)])])
try:
    bool(Flag(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Sized(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    if Sized("x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(8):Idx(2)], "hello"[Idx(-1)])
print(list(range(Idx(2), Idx(12), Idx(3))), hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print("ab" * Idx(3), [0] * Idx(2), operator_index := __import__("operator").index(Idx(7)))
print(int(Idx(4)) if hasattr(Idx, "__int__") else "no __int__", bytes(Idx(3)), (1, 2, 3)[Idx(0)])
try:
    data[Idx("a")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(Idx(1), 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter()(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Sized(1)()
except TypeError as e:
    print(type(e).__name__, e)
