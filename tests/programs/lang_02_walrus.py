# Assignment expressions (:=) in conditions, loops, comprehensions and their scoping.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = iter([5, 3, 0, 7])
total = 0
while (v := next(values)) != 0:
    total += v
    print("got", v)
print("total", total, "last", v)
results = [y for x in range(10) if (y := x * x) % 2 == 0]
print(results, y)
print([last := i for i in range(5)], last)
def f():
    found = [m for m in range(20) if (hit := m) > 15]
    return found, hit
print(f())
def g():
    total = 0
    partial = [total := total + i for i in range(6)]
    return partial, total
print(g())
print((a := 10) + a, a)
x = [(b := 2), b * 3]
print(x, b)
print(f"{(w := 'walrus')!r} {w.upper()}")
def h(z):
    return [(z := z + 1) for _ in range(3)], z
print(h(0))
import_like = {k: (t := k * 2) for k in range(3)}
print(import_like, t)
lines = ["a=1", "bad", "c=3", "", "e=5"]
parsed = {}
for line in lines:
    if line and (eq := line.find("=")) != -1:
        parsed[line[:eq]] = int(line[eq + 1:])
print(parsed)
def first_over(seq, limit):
    if any((hit := v) > limit for v in seq):
        return hit
    return None
print(first_over([1, 5, 12, 3], 10), first_over([1, 2], 10))
gen_vals = list(((q := i) for i in range(3)))
print(gen_vals, q)
print([[(inner := j) for j in range(i)] for i in range(3)], inner)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("(a.b := 1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("class C:\n    [(z := 1) for q in range(2)]\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(len(s := "hello"), s)
