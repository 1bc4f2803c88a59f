# Star-unpacking in assignments, calls and literals; walrus in loops.
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
head, *_ = [9]
print(head, _)
x, (y, *z) = 1, [2, 3, 4]
print(x, y, z)

for i, (name, *scores) in enumerate([("ann", 9, 7), ("bob", 5), ("cy",)]):
    print(i, name, scores, sum(scores))

try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)

merged = [*range(3), *"xy", *(7, 8)]
print(merged)
d = {"a": 1, **{"b": 2, "a": 3}, "c": 4}
print(d)
s = {*[1, 2], *(2, 3)}
print(sorted(s))
print(*[1, 2], *(3,), sep="-")


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*[1, 2], 3, *(), **{"x": 1}, y=2))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)

data = [5, 3, 8, 1, 9, 2]
it = iter(data)
while (n := next(it, None)) is not None:
    if n > 7:
        print("found", n)
        break
print([y for x in data if (y := x * 2) > 6])
print(y)
chunks = []
pos = 0
text = "the quick brown fox jumps"
while (idx := text.find(" ", pos)) != -1:
    chunks.append(text[pos:idx])
    pos = idx + 1
chunks.append(text[pos:])
print(chunks)
if (m := max(data)) > 8 and (k := data.index(m)):
    print(m, k)
print([(v, w) for v in range(4) if (w := v * v) % 2 == 0])


def gen_walrus():
    total = 0
    while (got := (yield total)) is not None:
        total += got


g = gen_walrus()
next(g)
print([g.send(i) for i in (1, 2, 3)])
