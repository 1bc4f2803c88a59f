# Cooperative multiple inheritance: super() chains, __mro__, C3 errors.
class Base:
    def __init__(self, **kw):
        self.trace = ["Base"]
        if kw:
            print("leftover", sorted(kw))

    def greet(self):
        return ["Base"]


class Loud(Base):
    def __init__(self, volume=1, **kw):
        super().__init__(**kw)
        self.volume = volume
        self.trace.append("Loud")

    def greet(self):
        return ["Loud"] + super().greet()


class Polite(Base):
    def __init__(self, title="Sir", **kw):
        super().__init__(**kw)
        self.title = title
        self.trace.append("Polite")

    def greet(self):
        return ["Polite"] + super().greet()


class Butler(Loud, Polite):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append("Butler")

    def greet(self):
        return ["Butler"] + super().greet()


b = Butler(volume=3, title="Madam", extra=1)
print(b.trace, b.volume, b.title)
print(b.greet())
print([c.__name__ for c in Butler.__mro__])
print([c.__name__ for c in Butler.mro()], Butler.__bases__ == (Loud, Polite))
print(super(Loud, b).greet(), super(Polite, b).greet())
print(super(Butler, Butler).greet(b))


class A:
    pass


class B(A):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X:
    pass


class Y:
    pass


class P(X, Y):
    pass


class Q(Y, X):
    pass


try:
    class R(P, Q):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class D1:
    def who(self):
        return "D1"


class D2(D1):
    def who(self):
        return "D2>" + super().who()


class D3(D1):
    def who(self):
        return "D3>" + super().who()


class D4(D2, D3):
    pass


print(D4().who(), [c.__name__ for c in D4.__mro__])


class NoArgs:
    def method(self):
        return __class__.__name__

    @classmethod
    def cm(cls):
        return super().__repr__ is not None, cls.__name__


class Sub(NoArgs):
    pass


print(Sub().method(), Sub.cm())
try:
    super(D2, D1()).who()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(super(D4, D4()), super), D4.__base__.__name__)
