# Abstract-base-like checks with __instancecheck__ and __subclasscheck__.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(callable(getattr(obj, m, None)) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(any(m in k.__dict__ for k in sub.__mro__) for m in cls.required)


class Readable(metaclass=DuckMeta):
    required = ("read",)


class ReadWrite(metaclass=DuckMeta):
    required = ("read", "write")


class File:
    def read(self):
        return "data"

    def write(self, s):
        return len(s)


class Pipe:
    def read(self):
        return "pipe"


class Chunked(Pipe):
    pass


for obj in (File(), Pipe(), Chunked(), "text", 3):
    print(type(obj).__name__, isinstance(obj, Readable), isinstance(obj, ReadWrite))
print(issubclass(File, ReadWrite), issubclass(Chunked, Readable), issubclass(int, Readable))
print(isinstance(File(), (int, ReadWrite)), issubclass(Pipe, (ReadWrite, Readable)))


class Even(type):
    def __instancecheck__(cls, obj):
        print("  check", obj)
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(6) if isinstance(x, EvenNumber)])
print(isinstance(EvenNumber(), EvenNumber))


class Registering(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._virtual = set()

    def register(cls, sub):
        cls._virtual.add(sub)
        return sub

    def __subclasscheck__(cls, sub):
        if sub in cls._virtual:
            return True
        return any(sub in c._virtual or c is cls for c in [cls] + [s for s in sub.__mro__ if isinstance(s, Registering)]) or type.__subclasscheck__(cls, sub)

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))


class Sequenceish(metaclass=Registering):
    pass


Sequenceish.register(list)
Sequenceish.register(str)
print(isinstance([], Sequenceish), isinstance("s", Sequenceish), isinstance({}, Sequenceish))
print(issubclass(list, Sequenceish), issubclass(tuple, Sequenceish))


class Real(Sequenceish):
    pass


print(issubclass(Real, Sequenceish), isinstance(Real(), Sequenceish))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (str, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(int, type), isinstance(type, object))
