# Identity: small ints, interned strings, singletons, and `is` on fresh containers.
a = int("100")
b = int("100")
print(a is b, int("-5") is int("-5"), 256 is int("256"))
import sys
s1 = sys.intern("hello world!")
s2 = sys.intern("hello " + "world!")
print(s1 is s2, s1 == s2, sys.intern("x") is "x")
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented)
print(True is bool(1), False is bool(0), bool("x") is True)
print([] is [], {} is {}, frozenset() is frozenset() or "either")
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y), id(x) != id(z))
def same(v):
    return v
print(same(x) is x, [x][0] is x, {"k": x}["k"] is x, (lambda: x)() is x)
t = (1, 2)
print(t[0] is 1, str("abc") is "abc" or "maybe", list(x) is not x)
class C:
    pass
c = C()
print(c is c, C() is C(), type(c) is C, c.__class__ is C, C.__mro__[0] is C)
import operator
print(operator.is_(c, c), operator.is_not(c, C()))
print(isinstance(None, type(None)), type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(repr(None), repr(...), repr(NotImplemented), str(None))
