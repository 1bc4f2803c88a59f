# Multiple inheritance and C3 MRO: __mro__, mro(), diamond, super chains, inconsistent MRO TypeError.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()], type(D.mro()).__name__, type(D.__mro__).__name__)
print(D().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInt(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(D.__bases__ == (B, C), D.__base__.__name__, object.__bases__, object.__mro__)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), B), issubclass(bool, int))
class Mixin:
    def describe(self):
        return "I am " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Widget(Mixin, Named):
    pass
print(Widget().describe())
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log)
print(A.__subclasses__() == [B, C], [c.__name__ for c in X.__subclasses__()])
class Attr1:
    x = "attr1"
class Attr2:
    x = "attr2"
    y = "attr2-y"
class Both(Attr1, Attr2):
    pass
print(Both.x, Both.y, Both().x)
print(type.mro(D) == list(D.__mro__), int.__mro__, bool.__mro__)
