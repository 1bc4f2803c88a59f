# The calling convention: CPython's TypeError messages for bad calls.
def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)
def g(x, /, y, *args, z, **kw):
    return (x, y, args, z, kw)
def h():
    pass
class K:
    def m(self, p):
        return p
    @classmethod
    def cm(cls, q):
        return q
    @staticmethod
    def sm(r):
        return r
    def __init__(self, v=0):
        self.v = v

cases = [
    lambda: f(1, 2, d=4),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, zz=2),
    lambda: f(1, 2, a=1, d=2),
    lambda: f(),
    lambda: g(1, 2, 3, z=4, w=5),
    lambda: g(x=1, y=2, z=3),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(k=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.cm(),
    lambda: K.sm(1, 2),
    lambda: K(1, 2),
    lambda: K(w=1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, *, b: 0)(1, 2),
    lambda: f(1, 2, **{"d": 1, "c": 9}),
    lambda: f(*[1, 2, 3], d=4, **{"e": 6}),
    lambda: f(1, *[2], c=3, d=4, **{"c": 5}),
    lambda: g(1, 2, z=3, **{"x": 4}),
    lambda: len(),
    lambda: len([], []),
    lambda: len(obj=[]),
    lambda: int(1, 2, 3),
    lambda: "abc".split(1, 2, 3),
    lambda: (1)(),
    lambda: K.m(K(), p=1, q=2),
    lambda: K().sm(),
    lambda: (lambda *, k: k)(k=1, **{"k": 2}),
    lambda: "s"(),
    lambda: None(),
]
for i, c in enumerate(cases):
    try:
        print(i, "ok", c())
    except TypeError as e:
        print(i, "TypeError:", e)

def many(a, b, c, d):
    pass
for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        many(*args)
    except TypeError as e:
        print(e)
def kwonly(*, a, b, c):
    pass
for kw in [{}, {"a": 1}, {"a": 1, "b": 2}]:
    try:
        kwonly(**kw)
    except TypeError as e:
        print(e)
def posonly(a, b, /, c):
    pass
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(e)
def defaults(a, b=1, c=2):
    pass
try:
    defaults(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    defaults()
except TypeError as e:
    print(e)
