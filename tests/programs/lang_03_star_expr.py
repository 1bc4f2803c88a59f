# Star expressions in calls, literals and assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
[x, [y, *ys]], *tail = [[0, [1, 2, 3]], 9, 8]
print(x, y, ys, tail)
for head, *body in ["xyz", [1, 2], (3,)]:
    print(head, body)
print([*range(3), *"ab", *(7, 8)])
print((*[1, 2], 3))
print({*[1, 2, 2], *(3, 1)} == {1, 2, 3})
print({**{"a": 1, "b": 2}, "b": 3, **dict(c=4)})
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*[1, 2], 3, *(4,), **{"k": 1}, m=2, **{"n": 3}))
print(show(*"hi", *{}.keys()))
nums = [5, 1, 4]
print(max(*nums), min(*nums, 0))
print(*[1, 2, 3], sep="-")
print(*[], "empty star ok")
t = *range(2), 5
print(t)
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
try:
    show(**{"k": 1}, k=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
for src in ["*a = [1]", "a, *b, *c = 1, 2, 3", "print(*)"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
d = {}
d["k"], *d["rest"] = "wxyz"
print(sorted(d.items()))
