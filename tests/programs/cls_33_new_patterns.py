# __new__ patterns: singletons, immutable subclasses with extra arguments,
# caching, and __new__/__init__ argument rules.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=None):
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Celsius(float):
    def __new__(cls, value, unit="C"):
        if unit == "F":
            value = (value - 32) * 5 / 9
        return super().__new__(cls, value)

    def __init__(self, value, unit="C"):
        self.original_unit = unit

    def __repr__(self):
        return f"Celsius({float(self):.1f}, from {self.original_unit})"


print(Celsius(100), Celsius(212, "F"), Celsius(50) + 1, type(Celsius(5) * 2).__name__)


class Tag(str):
    def __new__(cls, name, level=0):
        obj = super().__new__(cls, name.upper())
        obj.level = level
        return obj


t = Tag("warn", 2)
print(t, t.level, t.lower(), type(t.lower()).__name__, isinstance(t, str), t == "WARN")


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__)


# object.__new__ / __init__ argument rules.
class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class OnlyInit:
    def __init__(self, x):
        self.x = x


print(OnlyInit(5).x)


class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)


print(type(OnlyNew(1)).__name__)


class BadSuperNew:
    def __new__(cls, x):
        return super().__new__(cls, x)


try:
    BadSuperNew(1)
except TypeError as e:
    print("TypeError:", e)


# __init__ must return None.
class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)

# __new__ returning a subclass instance still runs __init__.
class Base:
    def __new__(cls, kind):
        target = {"a": SubA, "b": SubB}.get(kind, cls)
        return super().__new__(target)

    def __init__(self, kind):
        self.kind = kind


class SubA(Base):
    pass


class SubB(Base):
    pass


for k in "abz":
    o = Base(k)
    print(type(o).__name__, o.kind)

# object.__new__ errors
for bad in (lambda: object.__new__(1), lambda: object.__new__(int), lambda: int.__new__(str), lambda: float.__new__(Tag)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
