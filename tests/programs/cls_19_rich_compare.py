# Rich comparisons: reflection, NotImplemented, identity defaults,
# functools.total_ordering, and sorting with partial orders.


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  V{self.n}.__lt__")
        if not isinstance(other, V):
            return NotImplemented
        return self.n < other.n

    def __eq__(self, other):
        print(f"  V{self.n}.__eq__")
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n

    __hash__ = None


print(V(1) < V(2))
print(V(1) > V(2))  # reflected to V(2).__lt__(V(1))
print(V(1) == V(1), V(1) != V(2))
print(V(1) == 1, V(1) != "x")
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) < 3
except TypeError as e:
    print("TypeError:", e)


class SubV(V):
    def __gt__(self, other):
        print("  SubV.__gt__")
        return "subclass first"


print(V(1) < SubV(2))


class NoCmp:
    pass


a, b = NoCmp(), NoCmp()
print(a == a, a == b, a != b, a is not b)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self < other or self == other

    def __ge__(self, other):
        return not self < other

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") <= Version("1"))


# __eq__ returning non-bool values; `in` and list.count use bool() of it.
class Fuzzy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return [1] if abs(self.v - other) < 0.5 else []


print(Fuzzy(1.2) == 1, Fuzzy(1.2) == 3, 1 in [Fuzzy(1.1)], [Fuzzy(1.0), Fuzzy(2)].count(1))


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


class RetBad:
    def __eq__(self, other):
        return BadBool()


try:
    RetBad() in [1]
except ValueError as e:
    print("ValueError:", e)
print(type(RetBad() == 1).__name__)

# Comparisons of containers use identity first.
nan = float("nan")
print([nan] == [nan], [V(5)] == [V(5)])
x = V(3)
print([x] == [x], x in [x])
