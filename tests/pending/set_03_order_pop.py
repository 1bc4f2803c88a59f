def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# set iteration / pop order (CPython table order) for ints
s = {5, 3, 100, 1, 64, 33, 2}
print(s, list(s))
print(s.pop(), s.pop(), s)
t = set(range(20))
for i in range(0, 20, 3):
    t.discard(i)
print(t)
print([t.pop() for _ in range(4)], t)
u = {8, 16, 24, 32, 40}
u.remove(8)
u.add(9)
print(u, u.pop(), u)
v = set()
for i in [40, 3, 99, 7, 1000, 12, 5]:
    v.add(i)
print(v)
while v:
    print(v.pop(), end=' ')
print()
w = {-1, -2, 0, 1, 2}
print(w, frozenset(w))
print({1 << 40, 1 << 20, 7}, {2 ** 70, 3})
x = set(range(100))
x -= set(range(10, 95))
print(x)
x.add(50)
print(x, x.pop(), x.pop())
y = {1, 2, 3}
y.discard(1)
y.add(1)
print(y)
