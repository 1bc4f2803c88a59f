# Positional-only and keyword-only parameters and CPython's TypeError messages for bad calls.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))
def t(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
t(f, 1, 2, 3)
t(f, 1, b=2, c=3, e=5)
t(f, 1, 2, 3, 4, 5, e=1)
t(f, 1, 2, 3, e=5, g=9)
t(f, 1, 2, 3, c=3, e=5)
t(f)
t(f, 1)
def g(x, y):
    return x + y
t(g)
t(g, 1)
t(g, 1, 2, 3)
t(g, 1, x=2)
t(g, 1, z=3)
t(g, y=1)
def h():
    return "h"
t(h, 1)
t(h, a=1)
def k(*, only):
    return only
t(k, 1)
t(k)
t(k, only=3)
def m(a, b=2, *args, c, d=5, **kw):
    return a, b, args, c, d, sorted(kw.items())
t(m, 1, c=3)
t(m, 1, 2, 3, 4, c=5, z=6)
t(m, 1)
def po(a, /, **kw):
    return a, sorted(kw)
t(po, 1, a=2)
t(po, a=2)
def many(a, b, c, d):
    pass
t(many, 1)
t(many, 1, 2)
def kwo(*, a, b, c):
    pass
t(kwo, a=1)
t(kwo, 1, 2)
def defaults(a, b=1, c=2):
    return a, b, c
t(defaults, 1, 2, 3, 4)
t(defaults)
def two_pos(a, b=1, /):
    return a, b
t(two_pos, 1, b=2)
class C:
    def meth(self, x):
        return x
t(C().meth)
t(C().meth, 1, 2)
t(C.meth, 1)
t(len)
t(len, [], [])
t(abs, x=1)
t(int, "5", 10, 3)
t(sorted, [3, 1], lambda v: v)
