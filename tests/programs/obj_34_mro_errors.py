# C3 linearization: diamond orders, inconsistent hierarchies, mro() overrides.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
for bases in [(A, O), (K1, A, K2), (O, A)]:
    try:
        type("X", bases, {})
        print([b.__name__ for b in bases], "ok")
    except TypeError as e:
        print([b.__name__ for b in bases], "TypeError:", e)
class X(A, B): pass
class Y(B, A): pass
try:
    class XY(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class Left:
    def hello(self):
        return "Left"
class Right:
    def hello(self):
        return "Right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both().hello(), Both2().hello())
print(int.__mro__, bool.__mro__)
print(len(Exception.__mro__), [c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(Z, O), issubclass(O, Z), Z.__bases__ == (K1, K2, K3))
