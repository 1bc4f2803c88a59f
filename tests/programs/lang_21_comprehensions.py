# Set/dict comprehensions, nested comprehension scopes, generator expressions.
print(sorted({x % 5 for x in range(20)}))
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({(i, j) for i in range(3) for j in range(i)} == {(1, 0), (2, 0), (2, 1)})
x = "outer x"
print([x for x in range(3)], x)
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        err = str(e)
    factor = 10
    first = [factor for _ in range(1)] if False else None
print(C.doubled, C.err)
class D:
    n = 3
    try:
        grid = [[n for _ in range(2)] for _ in range(2)]
    except NameError as e:
        grid = str(e)
print(D.grid)
def nested_scope():
    y = 10
    return [[y + a + b for b in range(2)] for a in range(2)]
print(nested_scope())
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
try:
    [1 for _ in 5]
except TypeError as e:
    print(type(e).__name__, e)
def lazy():
    try:
        g = (1 / v for v in [1, 0])
        print("created")
        return list(g)
    except ZeroDivisionError as e:
        return type(e).__name__
print(lazy())
def first_iter_eager():
    try:
        g = (v for v in 1)
    except TypeError as e:
        return "eager: " + str(e)
print(first_iter_eager())
print({k: [c for c in k] for k in ["ab", "c"]})
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print(dict((k, len(k)) for k in ("one", "three")))
keys = ["a", "b", "a", "c", "b"]
print({k: keys.count(k) for k in keys})
print([lambda: i for i in range(3)][0](), [(lambda i=i: i) for i in range(3)][2]())
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
print({i: {j: i * j for j in range(i)} for i in range(3)})
print(list(zip(*[(1, "a"), (2, "b")])))
