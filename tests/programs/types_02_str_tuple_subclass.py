# Subclasses of str, tuple and bytes: instances keep their class;
# namedtuple-like classes (tuple subclasses with properties).
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self): return self + "!"
u = Upper("abc")
print(u, type(u).__name__, u.shout(), type(u.shout()).__name__, u == "ABC", hash(u) == hash("ABC"), {"ABC": 1}[u])
print(str.__new__(Upper, "x"), type(str.__new__(Upper, "x")).__name__, repr(u), u[0], type(u[0]).__name__, len(u), u.lower())
u.tag = 1
print(u.tag, vars(u))
class Name(str):
    def __eq__(self, o): return "eq!"
    def __add__(self, o): return "add!"
    def __len__(self): return 42
    __hash__ = str.__hash__
n = Name("z")
print(n == "z", n + "q", len(n), "q" + n)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return "Pair" + tuple.__repr__(self)
pr = Pair(1, 2)
print(pr, pr.first, len(pr), pr == (1, 2), type(pr).__name__, pr + (3,), type(pr + (3,)).__name__, hash(pr) == hash((1,2)))
a, b = pr
print(a, b, list(pr), tuple.__new__(Pair, [5, 6]))
class Point(tuple):
    __slots__ = ()
    _fields = ('x', 'y')
    def __new__(cls, x, y): return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self): return 'Point(x=%r, y=%r)' % self
    def _replace(self, **kw): return Point(kw.get('x', self.x), kw.get('y', self.y))
p = Point(1, 2)
print(p, p.x, p.y, p._replace(y=5), hasattr(p, '__dict__'), isinstance(p, tuple))
try:
    p.z = 1
except AttributeError as e: print("AttributeError", e)
class B(bytes):
    pass
bb = B(b"hi")
print(bb, type(bb).__name__, bb == b"hi", len(bb), bytes.__new__(B, b"q"))
class C(complex): pass
print(C(1, 2), type(C(1,2)).__name__)
try:
    tuple.__new__(int)
except TypeError as e: print(e)
try:
    int.__new__(str)
except TypeError as e: print(e)
try:
    int.__new__(Upper, 5)
except TypeError as e: print(e)
