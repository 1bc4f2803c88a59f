# Identity rules a program can rely on (and compare only as booleans).
import sys

a = int("100")
b = int("100")
print(a is b, a == b)
big1 = int("100000")
big2 = int("100000")
print(big1 == big2)
print(int("-5") is int("-5"), int("256") is int("256"))
zero = 0
print(zero is int("0"), True is bool(1), None is type(None)())
empty = ()
print(empty is tuple(), frozenset() == frozenset())

# sys.intern
s1 = "".join(["hello", " ", "world"])
s2 = "hello world"
print(s1 == s2)
i1 = sys.intern(s1)
i2 = sys.intern("".join(["hello", " world"]))
print(i1 is i2, sys.intern(i1) is i1)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)


class S(str):
    pass


try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)

# Names and containers share objects.
x = [1, 2]
y = x
z = list(x)
print(y is x, z is x, z == x, x[:] is x, copy_is := (x.copy() is x))
t = (1, 2)
print(tuple(t) is t, t[:] is t, t + () is t or t + () == t)
s = "abc"
print(str(s) is s)
fs = frozenset({1})
print(frozenset(fs) is fs)

# id() is stable while an object lives and differs between live objects.
o = object()
first = id(o)
for _ in range(3):
    _ = [object() for _ in range(10)]
print(id(o) == first, id(o) != id(object()) or True)
live = [object() for _ in range(20)]
print(len({id(v) for v in live}) == 20)

# `is` with functions, methods, classes.
def fn():
    pass


print(fn is fn, fn.__code__ is fn.__code__, type(fn) is type(lambda: 0))


class K:
    def m(self):
        pass


k = K()
print(k.m is k.m, k.m == k.m, K.m is K.m, K.__dict__["m"] is K.m, k.m.__func__ is K.m)
print(type(k) is K, k.__class__ is K, K.__mro__[0] is K)
# Singletons
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(bool(0) is False, (1 == 1) is True, not [] is True)
