# Dunder methods on user classes: __str__/__repr__/__eq__/__lt__/__len__/__add__/__mul__/__getitem__/__contains__/__bool__.
class Vec:
    def __init__(self, *coords):
        self.c = list(coords)
    def __repr__(self):
        return "Vec(" + ", ".join(repr(x) for x in self.c) + ")"
    def __str__(self):
        return "<" + " ".join(str(x) for x in self.c) + ">"
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c
    def __lt__(self, other):
        return self.norm2() < other.norm2()
    def __len__(self):
        return len(self.c)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.c, other.c)])
    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __contains__(self, v):
        return v in self.c
    def __bool__(self):
        return any(self.c)
    def norm2(self):
        return sum(x * x for x in self.c)
a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a, repr(a), str(b), [a, b], (a,), {"k": a})
print(a + b, b - a, a * 2, 3 * a, -a, len(a), a[0], a[-1], a[1:])
print(a == Vec(1, 2, 3), a == b, a != b, a == 5, a < b, b < a, a > b)
a[0] = 10
print(a, 10 in a, 99 in a, bool(Vec(0, 0)), bool(a), len(Vec()))
vs = [Vec(3, 4), Vec(1, 1), Vec(0, 2), Vec(5, 0)]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True)[0])
if Vec(0, 0):
    print("truthy")
else:
    print("zero vector is falsy")
total = Vec(0, 0)
for v in vs:
    total = total + v
print(total, f"{total}", f"{total!r}", "%s %r" % (total, total))
