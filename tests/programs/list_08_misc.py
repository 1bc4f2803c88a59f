def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# list: iteration while mutating, nested repr, subclass behaviour, big ops
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [0]
for x in l:
    if x < 5:
        l.append(x + 1)
print(l)
a = [1, 2]
b = [a, a]
print(b, b[0] is b[1])
a.append(b)
print(a)
print(b)
class L(list):
    pass
x = L([3, 1, 2])
x.sort()
print(x, type(x).__name__, type(x + [1]).__name__, type(x * 2).__name__, type(x[:]).__name__)
print(x == [1, 2, 3], isinstance(x, list))
class Upper(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10
u = Upper([1, 2, 3])
print(u[0], u[-1], list(u), [*u])
big = list(range(100000))
big[10:99990] = []
print(len(big), big[:12], sum(big))
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
print([i * j for i in range(3) for j in range(3) if i != j])
nested = [[1, 2], [3], [], [4, 5, 6]]
print([y for x in nested for y in x], sum(nested, []))
show('del all', lambda: exec('del l[:]; print(l)', {'l': [1, 2]}))
m = [1, 2, 3]
m[len(m):] = [4]
m[:0] = [0]
print(m, m[1:-1], m[-2:-1], m[1:2:-1])
print([1, 2, 3].__reversed__().__length_hint__())
print(list(enumerate(['a', 'b'], 10)))
