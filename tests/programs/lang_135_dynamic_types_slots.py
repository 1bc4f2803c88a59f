# Dynamic class creation with type(), __slots__ inheritance and class introspection.


def make_record(name, fields, defaults=()):
    def __init__(self, *args, **kwargs):
        values = dict(zip(fields[len(fields) - len(defaults):], defaults))
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} arguments ({len(args)} given)")
        values.update(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{name}() got an unexpected field {k!r}")
            values[k] = v
        missing = [f for f in fields if f not in values]
        if missing:
            raise TypeError(f"{name}() missing {', '.join(missing)}")
        for f in fields:
            setattr(self, f, values[f])

    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in fields)

    def _astuple(self):
        return tuple(getattr(self, f) for f in fields)

    ns = {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__, "astuple": _astuple,
          "__slots__": tuple(fields), "_fields": tuple(fields)}
    return type(name, (), ns)


Person = make_record("Person", ["name", "age", "city"], defaults=("Oslo",))
p = Person("Ann", 30)
q = Person(age=30, name="Ann", city="Oslo")
print(p, p == q, p.astuple(), Person._fields, Person.__name__, type(Person).__name__)
for args, kwargs in [((), {}), (("a", 1, "b", 2), {}), (("a",), {"age": 1, "zip": 2})]:
    try:
        Person(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    p.email = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), Person.__slots__, Person.__eq__.__qualname__)


class Base:
    __slots__ = ("a",)


class Child(Base):
    __slots__ = ("b",)


class Loose(Child):
    pass


c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"))
lo = Loose()
lo.a = 1
lo.anything = 3
print(vars(lo), lo.a)
try:
    Child().a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Base):
        __slots__ = ("x", "x")
    print("no error")
except TypeError as e:
    print(type(e).__name__, e)

Dyn = type("Dyn", (Base,), {"__slots__": (), "double": lambda self: self.a * 2, "k": 1})
d = Dyn()
d.a = 21
print(d.double(), Dyn.__mro__[1].__name__, Dyn.k, Dyn.__qualname__, Dyn.__module__)
print(sorted(k for k in vars(Dyn) if not k.startswith("__")), isinstance(d, Base))
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
