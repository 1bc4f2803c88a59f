# A hand-written "dataclass"-like class decorator: annotations, defaults,
# generated __init__/__repr__/__eq__, ordering, and frozen instances.
def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = list(cls.__dict__.get("__annotations__", {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{k}'")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument '{k}'")
                values[k] = v
            for f in fields:
                if f not in values:
                    if f not in defaults:
                        raise TypeError(f"{cls.__name__}() missing required argument: '{f}'")
                    values[f] = defaults[f]
                object.__setattr__(self, f, values[f])

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"

        def astuple(self):
            return tuple(getattr(self, f) for f in fields)

        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls._fields = tuple(fields)
        if order:
            for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
                def cmp(self, other, op=op):
                    if other.__class__ is not self.__class__:
                        return NotImplemented
                    a, b = astuple(self), astuple(other)
                    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
                cmp.__name__ = name
                setattr(cls, name, cmp)
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field '{name}'")

            def __hash__(self):
                return hash(astuple(self))

            cls.__setattr__ = __setattr__
            cls.__delattr__ = __setattr__
            cls.__hash__ = __hash__
        else:
            cls.__hash__ = None
        return cls

    return wrap if cls is None else wrap(cls)


@record
class Point:
    x: int
    y: int = 0


@record(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tag: str = ""


p = Point(1)
print(p, Point(1, 2), Point(y=5, x=3), p == Point(1, 0), p == (1, 0), Point._fields)
p.x = 10
print(p)
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
v = Version(1, 2)
print(v, hash(v) == hash(Version(1, 2)), len({v, Version(1, 2), Version(2)}))
print(sorted([Version(2), Version(1, 5), Version(1, 5, "rc"), Version(1)]))
print(Version(1) < Version(1, 1), Version(3) >= Version(2, 9), max(Version(0, 1), Version(0, 10)))
try:
    v.major = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del v.minor
except AttributeError as e:
    print("AttributeError:", e)
try:
    v < p
except TypeError as e:
    print("TypeError:", e)
print(Version.__lt__.__name__, Point.__annotations__, "__lt__" in Point.__dict__)
