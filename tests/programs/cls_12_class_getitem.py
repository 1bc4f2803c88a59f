# __class_getitem__: generic-looking classes without typing.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else getattr(item, '__name__', repr(item))}]"


print(Box[int], Box["T"], Box[(int, str)] if False else Box[3])


class Sub(Box):
    pass


print(Sub[float], type(Box.__dict__["__class_getitem__"]).__name__)


class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = f"{cls.__name__}[{', '.join(p.__name__ for p in params)}]"
        return type(name, (cls,), {"params": params})


IntStr = Typed[int, str]
print(IntStr.__name__, IntStr.params == (int, str), issubclass(IntStr, Typed))

try:
    object[int]
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)


# Instances don't use __class_getitem__: they need __getitem__.
try:
    Box()[int]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, item):
        return ("meta", cls.__name__, item)


class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class_getitem", item)


print(WithMeta[1])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)
