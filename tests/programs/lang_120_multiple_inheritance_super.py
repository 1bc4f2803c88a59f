# Cooperative multiple inheritance: MRO, super() chains, mixins.
trail = []


class Base:
    def __init__(self, **kw):
        trail.append("Base")
        self.extra = sorted(kw)

    def greet(self):
        return ["Base"]


class Loud(Base):
    def __init__(self, volume=1, **kw):
        trail.append("Loud")
        self.volume = volume
        super().__init__(**kw)

    def greet(self):
        return ["Loud"] + super().greet()


class Polite(Base):
    def __init__(self, title="Mx", **kw):
        trail.append("Polite")
        self.title = title
        super().__init__(**kw)

    def greet(self):
        return ["Polite"] + super().greet()


class Person(Loud, Polite):
    def __init__(self, name, **kw):
        trail.append("Person")
        self.name = name
        super().__init__(**kw)

    def greet(self):
        return ["Person"] + super().greet()


p = Person("Ann", volume=3, title="Dr", mood="ok")
print(trail, p.volume, p.title, p.extra)
print(p.greet())
print([c.__name__ for c in Person.__mro__])


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)


class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point.__hash__)

try:
    class Broken(Loud, Person):
        pass
except TypeError as e:
    print(type(e).__name__, e)


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

    def skip(self):
        return super(B, self).who()


d = D()
print(d.who(), d.skip(), super(D, d).who(), D.__bases__[1].__name__)
print(isinstance(d, C), issubclass(D, A), D.mro() == list(D.__mro__))


class Outer:
    class Inner(A):
        def who(self):
            return "Inner>" + super().who()


print(Outer.Inner().who(), Outer.Inner.__qualname__)
try:
    super(B, A()).who()
except TypeError as e:
    print(type(e).__name__, e)
