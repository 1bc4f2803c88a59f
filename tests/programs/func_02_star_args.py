# Keyword arguments, *args, **kwargs, call-site unpacking with * and **, keyword-only parameters.
def show(*args, **kwargs):
    return "args=" + repr(args) + " kwargs=" + repr(kwargs)
print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *(3,), **{"a": 1}, b=2))
def f(a, b, c=0):
    return a * 100 + b * 10 + c
print(f(1, 2), f(1, 2, 3), f(c=3, b=2, a=1), f(*[1, 2]), f(1, *(2, 3)), f(**{"a": 4, "b": 5}))
print(f(1, c=9, *[2]), f(*range(3)))
def kwonly(a, *, b, c=5):
    return (a, b, c)
print(kwonly(1, b=2), kwonly(a=1, b=2, c=3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(5), start=100))
def describe(name, **info):
    parts = [name]
    for k in info:
        parts.append(k + "=" + str(info[k]))
    return " ".join(parts)
print(describe("x"), describe("y", color="red", size=3))
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)
print(wrapper(1, 2, c=3), wrapper(b=1, a=2))
def collect(first, *rest):
    return first, rest, type(rest).__name__, len(rest)
print(collect(1), collect(1, 2, 3), collect(*"abc"))
opts = {"sep": "-", "end": "|\n"}
print("a", "b", "c", **opts)
print(*[1, 2, 3])
print(*"xyz", sep=",")
print(max(*[3, 9, 2]), min(4, *[7, 1]), list(zip(*[(1, "a"), (2, "b")])))
def apply(func, *args, **kwargs):
    return func(*args, **kwargs)
print(apply(f, 3, 2, 1), apply(describe, "z", k=1), apply(sorted, [3, 1, 2], reverse=True))
def chain(**kw):
    return {k.upper(): v for k, v in kw.items()}
print(chain(a=1, b=2), chain(**chain(x=3)))
