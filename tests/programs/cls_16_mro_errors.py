# MRO computation and its error messages.
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

print([k.__name__ for k in Z.mro()])
print([k.__name__ for k in K1.__mro__], Z.__mro__ == tuple(Z.mro()))


def attempt(name, bases):
    try:
        cls = type(name, bases, {})
        print(name, "ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(name, "TypeError:", e)


attempt("X1", (A, O))
attempt("X2", (O, A))
attempt("X3", (A, A))
attempt("X4", (K1, A))
attempt("X5", (A, K1))
attempt("X6", (K1, K3))
attempt("X7", (int, str))
attempt("X8", (bool,))
attempt("X9", (int, object))
attempt("X10", (object, int))
attempt("X11", (Exception, KeyError))
attempt("X12", (KeyError, ValueError))
attempt("X13", ())

try:
    class Y(A, B, A):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Y2(1):
        pass
except TypeError as e:
    print("TypeError:", e)


try:
    class Y4(type(None)):
        pass
except TypeError as e:
    print("TypeError:", e)

# Metaclass conflicts.
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Q(P1, P2):
        pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1, M2): pass
class Q2(P1, P2, metaclass=M3): pass
print(type(Q2).__name__, [k.__name__ for k in type(Q2).__mro__])
