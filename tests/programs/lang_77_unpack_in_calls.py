# Unpacking in calls, returns and displays: *, ** with generators, dict views, ordering of kwargs.
def collect(*args, **kwargs):
    return args, kwargs
def gen(n):
    for i in range(n):
        yield i
print(collect(*gen(3)))
print(collect(*gen(2), *gen(2)))
print(collect(**{"a": 1}, **dict(b=2)))
d = {"x": 1, "y": 2}
print(collect(*d, **d))
print(collect(*d.values(), *d.items()))
print(collect(*range(3), sep="-"))
def ret_multiple():
    return 1, *[2, 3], *(4,)
print(ret_multiple())
def ret_star():
    rest = [5, 6]
    return (*rest,)
print(ret_star())
print([*gen(3), *"ab"], {*gen(3)}, {**d, "z": 3})
print((*gen(2),), *gen(2))
first, *others = gen(4)
print(first, others)
def kwonly(*, a, b):
    return a - b
print(kwonly(**{"b": 1, "a": 10}))
def pos(a, b, c):
    return a * 100 + b * 10 + c
print(pos(*[1], *[2], 3), pos(1, *(2, 3)), pos(*"123" if False else [1, 2, 3]))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(collect(**Mapping()))
print({**Mapping()})
try:
    collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    collect(**BadKeys())
except TypeError as e:
    print("TypeError:", e)
args = (1, 2)
kwargs = {"c": 3}
def abc(a, b, c):
    return a + b + c
print(abc(*args, **kwargs))
print(max(*[1, 5, 3]), print(*[], sep=","), sorted([*{3, 1, 2}]))
def nested_star(*a):
    return a
print(nested_star(*[*range(2), *[*"xy"]]))
print(dict(**{"a": 1}, b=2), list(zip(*[(1, "a"), (2, "b")])))
