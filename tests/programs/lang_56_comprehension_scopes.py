# Comprehension and generator-expression scoping: own scope, eager first iterable, closures.
x = "outer"
result = [x for x in range(3)]
print(result, x)

gen = (y for y in range(3))
print(list(gen), "y" in globals())

def first_iterable_is_eager():
    calls = []
    def src():
        calls.append("src")
        return [1, 2]
    g = (v * 10 for v in src())
    calls.append("made")
    out = list(g)
    return calls, out
print(first_iterable_is_eager())

def inner_iterable_is_lazy():
    g = (a + b for a in [1, 2] for b in undefined_name_here)
    try:
        next(g)
    except NameError as e:
        return "NameError: " + str(e)
print(inner_iterable_is_lazy())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

print([(a, b) for a in range(3) for b in range(a)])
print([[c for c in range(r)] for r in range(4)])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({n % 3 for n in range(10)})
print(sum(n for n in range(101)))

matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])

def closure_over_comprehension():
    base = 100
    return [base + i for i in range(3)]
print(closure_over_comprehension())

class C:
    factor = 2
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first_ok = [i for i in range(factor)]
print(C.scaled, C.first_ok)

print([x for x in [1, 2, 3] if x > 1 if x < 3])
print([x if x % 2 else -x for x in range(5)])
print([(yield_ := n) for n in range(2)], yield_)

g = (i * i for i in range(4))
print(next(g), next(g), list(g), list(g))

nested_gen = ((i, j) for i in range(2) for j in (yield_ for yield_ in "ab"))
print(list(nested_gen))

def genexp_frame():
    g = (v for v in [1])
    return type(g).__name__, g.__name__, g.__qualname__.split(".")[-1]
print(genexp_frame())

try:
    [1 for z in 5]
except TypeError as e:
    print("TypeError:", e)
try:
    {k: v for k, v in [(1, 2, 3)]}
except ValueError as e:
    print("ValueError:", e)
data = {"a": [1, 2], "b": [3]}
print(sorted((k, v) for k, vs in data.items() for v in vs))
print(list(map(lambda p: p[0] * p[1], [(a, b) for a in (1, 2) for b in (3, 4)])))
print(any(n > 5 for n in range(10)), all(n < 5 for n in range(10)))
print(max((len(w), w) for w in "the quick brown fox".split()))
