# Assigning function dunders: accepted types and CPython's errors.
def f(a=1):
    return a
def g():
    return "g"
for name, value in [("__code__", None), ("__code__", 5), ("__defaults__", [1]), ("__kwdefaults__", (1,)),
                    ("__name__", 3), ("__qualname__", None), ("__annotations__", 1), ("__dict__", 1)]:
    try:
        setattr(f, name, value)
        print(name, "accepted")
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
for name in ["__code__", "__name__", "__qualname__", "__globals__", "__closure__"]:
    try:
        delattr(f, name)
        print("del", name, "accepted")
    except (TypeError, AttributeError) as e:
        print("del", name, type(e).__name__, e)
del f.__defaults__
print(f.__defaults__)
try:
    f()
except TypeError as e:
    print(e)
f.__defaults__ = (7,)
print(f())
for builtin in (len, [].append):
    try:
        builtin.__code__ = g.__code__
    except AttributeError as e:
        print("AttributeError", e)
f.__code__ = g.__code__
print(f(), f.__defaults__)
