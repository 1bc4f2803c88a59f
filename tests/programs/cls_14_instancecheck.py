# __instancecheck__ / __subclasscheck__ on metaclasses; isinstance rules.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(any(m in k.__dict__ for k in sub.__mro__) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(1, Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)), issubclass(Duck, (str, Quacker)))
# Exact type match short-circuits __instancecheck__.
class Never(metaclass=type("M", (type,), {"__instancecheck__": lambda c, o: False})):
    pass
print(isinstance(Never(), Never), isinstance(3, Never))

# Non-bool results are converted.
class Weird(type):
    def __instancecheck__(cls, obj):
        return [obj]

    def __subclasscheck__(cls, sub):
        return 0


class W(metaclass=Weird):
    pass


print(isinstance(0, W), issubclass(int, W))

# Errors.
for args in ((1, 1), (1, (int, 2)), (1, [int])):
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in ((1, int), (int, 1), (int, (1,))):
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)

# Nested tuples and unions.
print(isinstance(1, (str, (bytes, (int,)))), isinstance("a", int | str), issubclass(bool, int | None))
print(isinstance(None, type(None)), isinstance(True, int), issubclass(bool, (float, int)))

# __class__ spoofing affects isinstance, not type().
class Liar:
    @property
    def __class__(self):
        return int


l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__)

