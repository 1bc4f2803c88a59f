# Class-protocol corners ferropy does not match yet (see tests/pending/GAPS.md).


# issubclass() with a non-class that has __bases__ (abstract subclass check).
class FakeClass:
    __bases__ = ()


class HasFake:
    pass


try:
    print(issubclass(HasFake, FakeClass()))
except TypeError as e:
    print("TypeError:", e)

# A class whose base is a builtin function: the metaclass call fails.
try:
    class Y3(len):
        pass
except TypeError as e:
    print("TypeError:", e)


# A staticmethod or classmethod dunder works through the type.
class SM:
    @staticmethod
    def __len__():
        return 5

    @classmethod
    def __repr__(cls):
        return f"<class-level {cls.__name__}>"


try:
    print(len(SM()))
except TypeError as e:
    print("TypeError:", e)
try:
    print(repr(SM()))
except TypeError as e:
    print("TypeError:", e)


# A slot's member descriptor knows its class.
class Point:
    __slots__ = ("x",)


print(Point.x.__objclass__ is Point)


# object.__setattr__ refuses classes (their type's setattr differs).
class Meta(type):
    pass


class A(metaclass=Meta):
    pass


try:
    object.__setattr__(A, "w", 1)
except TypeError as e:
    print("TypeError:", e)
print(type(dict.__dict__["fromkeys"]).__name__)


# object.__init__ with arguments when the class overrides __init__.
class BadSuperInit:
    def __init__(self, x):
        super().__init__(x)


try:
    BadSuperInit(1)
except TypeError as e:
    print("TypeError:", e)
