# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | str), types module.
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, tuple[()])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a([1, 2]), type(a("ab")), a == list[int], a != list[str], hash(a) == hash(list[int]))
print(dict[str, int].__args__, set[int], frozenset[str], type[int])
try:
    int[str]
except TypeError as e: print(e)
try:
    isinstance([], list[int])
except TypeError as e: print(e)
u = int | str
print(u, type(u).__name__, u.__args__, isinstance(3, u), isinstance("s", u), isinstance(3.0, u), issubclass(bool, u))
print(None | int, int | None, int | int, (int | str) | float, int | str == str | int, int | list[int])
print(isinstance(None, int | None), hash(int | str) == hash(str | int))
try:
    int | 3
except TypeError as e: print(e)
try:
    isinstance("s", int | list[int])
except TypeError as e: print(e)
print(isinstance(1, int | list[int]))
class Model: pass
print(Model | None, list[Model])
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([1]))
import types
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)), types.UnionType, types.GenericAlias)
print(list[int].append is list.append, list[int].__name__)
def f(x: list[int]) -> dict[str, int | None]: pass
print(f.__annotations__ if hasattr(f, "__annotations__") else "")
class Meta(type): pass
class K(metaclass=Meta): pass
print(K | int, int | K, K | None)
class Box:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)
print(Box[int], Box[int].__origin__ is Box, type(Box[int, str]).__name__)
print(types.SimpleNamespace(a=1, b="x"), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.FunctionType, types.MethodType, types.ModuleType, types.NoneType, types.BuiltinFunctionType)
