# super() in all its forms.
class A:
    def who(self):
        return ["A"]

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

    @staticmethod
    def helper():
        return "A.helper"

    @property
    def kind(self):
        return "A-kind"


class B(A):
    def who(self):
        return ["B"] + super().who()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @staticmethod
    def helper():
        return "B>" + super(B, B).helper()

    @property
    def kind(self):
        return "B/" + super().kind


class C(B):
    def who(self):
        # Skip B on purpose.
        return ["C"] + super(B, self).who()


c = C()
print(c.who(), C.make(), C.helper(), c.kind)
print(super(C, c).who(), super(B, c).who(), super(C, C).make())

# Unbound super and its attributes.
s = super(B, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(B, C)).startswith("<super: <class 'B'>, <B object>>") or repr(super(B, C))[:20])
u = super(B)
print(type(u).__name__, u.__self__, u.__thisclass__.__name__)

# Cooperative multiple inheritance.
class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
        if kw:
            raise TypeError(f"unused {sorted(kw)}")


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.trail.append(f"Left{left}")


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.trail.append(f"Right{right}")


class Diamond(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Diamond")


print(Diamond(left=1, right=2).trail, [k.__name__ for k in Diamond.__mro__])
try:
    Diamond(left=1, middle=3)
except TypeError as e:
    print("TypeError:", e)

# super() errors.
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, c)
except TypeError as e:
    print("TypeError:", e)


def outside():
    return super().who()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoArg:
    def m():
        return super().m()


try:
    NoArg.m()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(C, c).missing
except AttributeError as e:
    print("AttributeError:", e)

# super() inside a nested function or comprehension needs the cell.
class D(A):
    def who(self):
        return [x for x in super().who()] + ["D"]

    def later(self):
        f = lambda: super(D, self).who()
        return f()


print(D().who(), D().later())

# super() with a data descriptor defined on the parent: setting via super fails.
class P(A):
    def set_kind(self):
        try:
            super().kind = "x"
        except AttributeError as e:
            return "AttributeError: " + str(e)


print(P().set_kind())

# __class__ cell is the defining class even after rebinding the name.
class Orig(A):
    def who(self):
        return ["Orig"] + super().who()


Renamed = Orig
del Orig
print(Renamed().who())
