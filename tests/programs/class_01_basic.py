# Classes: __init__, instance attributes, methods, class attributes vs instance attributes, getattr/setattr/hasattr.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def as_tuple(self):
        return (self.x, self.y)
p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, p.dist2(q), p.as_tuple(), Point.dims, p.dims)
p.move(1, 1).move(2, 2)
print(p.as_tuple(), q.as_tuple())
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 5
print(p.dims, q.dims)
print(getattr(p, "x"), getattr(p, "zz", "default"), hasattr(p, "y"), hasattr(p, "zz"))
setattr(p, "label", "P")
print(p.label, hasattr(p, "label"), hasattr(q, "label"))
p.extra = [1, 2]
p.extra.append(3)
print(p.extra)
del p.extra
print(hasattr(p, "extra"))
try:
    print(q.missing)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(q, "nope")
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.n = 0
    def incr(self, by=1):
        self.n += by
        return self.n
a = Counter()
b = Counter()
a.incr()
a.incr(5)
b.incr(2)
print(a.n, b.n, Counter.instances)
m = a.incr
print(m(), m(10), a.n)
print(Counter.incr(b, 100), b.n)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(5, Point), type(p))
class Empty:
    pass
e = Empty()
e.a = 1
e.b = 2
print(e.a + e.b, isinstance(e, object), Empty.__name__)
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
temps = [Temperature(c) for c in [-40, 0, 37, 100]]
print([t.fahrenheit() for t in temps], sorted(temps, key=lambda t: -t.celsius)[0].celsius)
print(p == p, p == Point(4, 5), p != q, p is not q)
