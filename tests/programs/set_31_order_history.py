# set iteration order follows CPython's table through removals, pops,
# copies and the operators (int keys, so the order is deterministic)
s = set()
for i in [40, 3, 99, 7, 1000, 12, 5]:
    s.add(i)
print(s, s.pop(), s.pop(), s)
t = set(range(20))
for i in range(0, 20, 3):
    t.discard(i)
print(t, [t.pop() for _ in range(4)], t)
u = set()
for i in [8, 16, 24, 32, 40]:
    u.add(i)
u.remove(8)
u.add(9)
print(u, u.pop(), u)
y = set()
for i in [1, 9, 17]:
    y.add(i)
y.discard(1)
y.add(25)
print(y, set(y), y.copy(), frozenset(y))
x = set(range(100))
x -= set(range(10, 95))
x.add(50)
print(x, x.pop(), x.pop(), x)
a = set(range(0, 60, 7))
b = set(range(0, 60, 5))
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([64, 1, 33]), a.intersection(range(30, 0, -1)), a.difference([7, 14]), a.symmetric_difference([100, 7]))
c = set(a)
c |= {128, 256, 1}
c &= set(range(0, 200))
c ^= {1, 2, 3}
print(c)
c.difference_update(range(0, 50, 2))
c.intersection_update([49, 42, 35, 28, 21, 14, 7, 3, 1])
c.symmetric_difference_update([64, 1, 128])
print(c, len(c))
d = set(range(32))
for i in range(0, 32, 2):
    d.remove(i)
d.update(range(64, 72))
print(d, d.pop(), d.pop())
e = {x * 8 for x in range(12)}
print(e, sorted(e) == sorted(set(sorted(e))))
while len(e) > 3:
    e.pop()
print(e, e.copy())
