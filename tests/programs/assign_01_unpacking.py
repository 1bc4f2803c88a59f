# Assignment forms: chained, tuple/list unpacking, nested unpacking, swaps, unpacking in for loops, evaluation order.
a = b = c = 7
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
(r, s), t = [1, 2], 3
print(p, q, r, s, t)
first, second, third = range(3)
print(first, second, third)
k, v = list({"key": "value"}.items())[0]
print(k, v)
for (i, j), name in [((0, 1), "a"), ((2, 3), "b")]:
    print(i + j, name)
for idx, (ch, num) in enumerate(zip("xy", [10, 20])):
    print(idx, ch, num)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
d = {}
d["a"] = d["b"] = 0
print(d)
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = "r", "c"
print(m)
obj_list = [1, 2, 3]
obj_list[0], obj_list[-1] = obj_list[-1], obj_list[0]
print(obj_list)
a, b, c = "abc"
print(c + b + a)
fib = [0, 1]
for _ in range(10):
    fib.append(fib[-1] + fib[-2])
print(fib)
def pair():
    return "left", "right"
l, rr = pair()
both = pair()
print(l, rr, both, type(both).__name__)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, dd = "abc"
except ValueError as e:
    print("ValueError:", e)
order = []
def f(tag, val):
    order.append(tag)
    return val
store = {}
store[f("key", "k")] = f("value", 1)
print(order, store)
n = 0
n += 1
n *= 5
total = n = n + 1
print(n, total)
u, (w, (z1, z2)) = 1, [2, (3, 4)]
print(u, w, z1, z2)
coords = [(1, 2), (3, 4), (5, 6)]
xs = [cx for cx, _ in coords]
ys = [cy for _, cy in coords]
print(xs, ys, sum(cx * cy for cx, cy in coords))
