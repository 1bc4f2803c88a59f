# list sorting (stability, key, reverse) and slice assignment
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(sorted(people), key=lambda p: -p[1]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = [3, 1, 2]
print(l.sort(), l, l.sort(reverse=True), l)
show('sort positional', lambda: [1].sort(len))
show('sort mixed', lambda: sorted([1, 'a', 2]))
show('sort key error', lambda: sorted([1, 2], key=lambda x: 1 / 0))
show('sort bad key', lambda: [1].sort(key=1))
show('sort None key', lambda: sorted([3, 1], key=None))
lst = [5, 1, 4]
def bad_key(x):
    lst.append(x)
    return x
show('mutate while sorting', lambda: lst.sort(key=bad_key))
class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'{self.v}{self.tag}'
print(sorted([V(2, 'a'), V(1, 'b'), V(2, 'c'), V(1, 'd')]))
print(sorted([V(2, 'a'), V(1, 'b'), V(2, 'c'), V(1, 'd')], reverse=True))
a = list(range(10))
a[2:5] = ['x']
print(a)
a[::3] = 'ABCD'[:len(a[::3])]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[:] = a[::-1]
print(a)
b = list(range(6))
show('extended size mismatch', lambda: b.__setitem__(slice(None, None, 2), [1, 2]))
show('extended size mismatch 2', lambda: b.__setitem__(slice(0, 6, 2), [0] * 4))
b[::2] = [7, 8, 9]
print(b)
b[::-2] = 'xyz'
print(b)
del b[::2]
print(b)
c = list(range(10))
del c[1:8:3]
print(c)
c[5:2] = [11, 12]
print(c)
show('assign non-iterable', lambda: c.__setitem__(slice(0, 1), 5))
show('step zero', lambda: c.__setitem__(slice(None, None, 0), []))
show('index float', lambda: c[1.0])
show('index out', lambda: c[100])
show('assign out', lambda: c.__setitem__(-100, 1))
show('del out', lambda: c.__delitem__(50))
d = [1, 2, 3, 2, 1]
show('index', lambda: (d.index(2), d.index(2, 2), d.index(1, -2), d.index(3, 0, 3)))
show('index missing', lambda: d.index(9))
show('index missing range', lambda: d.index(3, 3))
show('count', lambda: (d.count(1), d.count(9), [[1], [1]].count([1])))
show('remove missing', lambda: d.remove(9))
show('pop empty', lambda: [].pop())
show('pop out', lambda: [1].pop(5))
show('insert far', lambda: (lambda z: (z.insert(-100, 'a'), z.insert(100, 'b'), z))([1, 2]))
e = [1, 2]
e += 'ab'
e *= 2
print(e, e * 0, [0] * -1, e[::-1], e[10:], e[-100:1])
show('mul float', lambda: [1] * 2.0)
show('concat tuple', lambda: [1] + (2,))
show('compare', lambda: ([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]], [1] < ['a'] if False else 0))
show('compare mixed', lambda: [1] < ['a'])
