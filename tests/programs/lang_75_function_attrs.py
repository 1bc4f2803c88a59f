# Function attributes: assignable dunders, defaults replaced at run time, read-only ones.
def f(a, b=2, *, c=3):
    "original doc"
    return a, b, c
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100, 200)
print(f(), f(5))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (7,)
del f.__kwdefaults__
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = {"c": 0}
print(f(1))
for attr, value in [("__defaults__", [1]), ("__kwdefaults__", (1,)), ("__name__", 1),
                    ("__qualname__", None), ("__annotations__", 5)]:
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print("TypeError:", e)
for attr in ["__globals__", "__closure__", "__builtins__"]:
    try:
        setattr(f, attr, {})
    except AttributeError as e:
        print("AttributeError:", attr, e)
f.__name__ = "renamed"
f.__qualname__ = "Outer.renamed"
f.__doc__ = "new doc"
f.__module__ = "elsewhere"
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__code__.co_name)
del f.__doc__
print(f.__doc__)
try:
    del f.__name__
except TypeError as e:
    print("TypeError:", e)
print(f.__annotations__)
f.__annotations__ = {"a": int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__, f.__annotations__ is f.__annotations__)
f.custom = 1
f.__dict__["other"] = 2
print(sorted(f.__dict__), f.other)
del f.custom
print(sorted(vars(f)))
def lazy():
    pass
print(lazy.__dict__, lazy.__annotations__, lazy.__kwdefaults__, lazy.__defaults__)
def shared_default(x, acc=[]):
    acc.append(x)
    return acc
print(shared_default(1), shared_default(2))
shared_default.__defaults__ = ([],)
print(shared_default(3))
def with_closure():
    v = 1
    def inner():
        return v
    return inner
inner = with_closure()
print(type(inner.__closure__).__name__, inner.__closure__[0].cell_contents)
inner.__closure__[0].cell_contents = 99
print(inner())
del inner.__closure__[0].cell_contents
try:
    inner.__closure__[0].cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    inner()
except NameError as e:
    print("NameError:", e)
class K:
    def m(self):
        return "m"
K.m.__name__ = "method_renamed"
print(K().m.__name__, K.m.__qualname__)
print(type(f).__name__, type(f).__module__)
