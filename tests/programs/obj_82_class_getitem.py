# __class_getitem__ for typed containers, and builtin generic aliases.
class TypedList:
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)
        return type(f"{cls.__name__}[{name}]", (cls,), {"item_type": item})

    item_type = object

    def __init__(self, *values):
        self.values = []
        for v in values:
            self.append(v)

    def append(self, v):
        if not isinstance(v, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(v).__name__}")
        self.values.append(v)

    def __repr__(self):
        return f"{type(self).__name__}({self.values})"


IntList = TypedList[int]
print(IntList.__name__, IntList.item_type.__name__, issubclass(IntList, TypedList))
xs = IntList(1, 2, 3)
print(xs)
try:
    xs.append("4")
except TypeError as e:
    print(type(e).__name__, e)
print(TypedList("any", 1))
print(TypedList[str]("a", "b"))


class Pair:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError(f"Pair needs two type arguments, got {params!r}")
        return f"Pair of {params[0].__name__} and {params[1].__name__}"


print(Pair[int, str])
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
print(type(Pair.__dict__["__class_getitem__"]).__name__)
g = list[int]
print(g, g.__origin__ is list, g.__args__, list[int] == list[int])
print(dict[str, list[int]], tuple[int, ...], type[int])
print(g(), g("ab"), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain()[0]
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __class_getitem__(cls, k):
        return ("class", k)

    def __getitem__(self, k):
        return ("instance", k)


print(Both[1], Both()[1])
