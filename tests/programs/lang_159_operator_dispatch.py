# Operator dispatch: reflected operands, subclass priority, NotImplemented, in-place fallbacks, comparisons.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*[a * k for a in self.xs])

    def __rmul__(self, k):
        print("  __rmul__")
        return self * k

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __bool__(self):
        return any(self.xs)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))


v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v * 2, 2 * v, -v, v @ w)
print(v == Vec(1, 2), v != w, v < w, w > v, sorted([w, v]), bool(Vec(0, 0)), bool(v))
try:
    v + "s"
except TypeError as e:
    print("TypeError", e)
try:
    v <= w
except TypeError as e:
    print("TypeError", e)
acc = Vec(0, 0)
alias = acc
acc += v
print(acc, alias, acc is alias)


class Acc(Vec):
    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self


a2 = Acc(1, 1)
same = a2
a2 += Vec(1, 1)
print(a2, a2 is same, type(a2).__name__)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base(), 1 + Base())


class Loud:
    def __eq__(self, other):
        print("  Loud.__eq__")
        return NotImplemented


print(Loud() == Loud(), Loud() != 3, [Loud()] == [Loud()])


class Truthy:
    def __len__(self):
        return 0


print(bool(Truthy()), not Truthy(), Truthy() or "fallback")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
print(divmod(7, -2), (-7) // 2, -7 % 3, 2 ** -1, pow(3, 4, 5), 7 .__rtruediv__(14))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
print([1] * 3, 3 * "ab", (1,) + (2,), [1, 2] < [1, 3], (1, 2) == (1, 2.0), "a" < "b" < "c")
try:
    [] < ()
except TypeError as e:
    print("TypeError", e)
