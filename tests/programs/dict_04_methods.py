def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# dict: |, |=, setdefault, fromkeys, popitem LIFO, get, pop, update forms
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [('w', 0)]
print(c)
show('| list', lambda: a | [('q', 1)])
show('|= int', lambda: exec('c |= 5', {'c': {}}))
print(a.setdefault('x', 99), a.setdefault('n'), a)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), dict.fromkeys(range(0)))
f = dict.fromkeys('ab', [])
f['a'].append(1)
print(f)
d = {i: i * i for i in range(5)}
print(d.popitem(), d.popitem(), d)
d[10] = 'new'
print(d.popitem())
show('popitem empty', lambda: {}.popitem())
print(d.pop(1), d.pop(99, 'dflt'), d)
show('pop missing', lambda: d.pop(99))
show('pop str missing', lambda: d.pop('k'))
show('pop tuple missing', lambda: d.pop((1, 2)))
print(d.get(0), d.get(9), d.get(9, 'x'))
u = {}
u.update({'a': 1}, b=2)
u.update([('c', 3)], d=4)
u.update(e=5)
u.update()
print(u)
show('update bad', lambda: u.update([1]))
show('update bad2', lambda: u.update([(1, 2, 3)]))
show('update 2 args', lambda: u.update({}, {}))
show('dict bad seq', lambda: dict([('a', 1), 'bcd']))
show('dict int', lambda: dict(5))
print(dict([('a', 1), 'xy']), dict(zip('ab', range(2))), dict({'a': 1}, a=2))
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(M()), {**M()})
u2 = {}
u2.update(M())
print(u2)
print(list(reversed({'a': 1, 'b': 2, 'c': 3})))
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} == {1: 'b'}, {1: 1} == {1.0: 1})
show('dict lt', lambda: {} < {})
z = {'a': 1}
z.clear()
print(z, len(z), bool(z))
print(dict.__name__, type({}.get).__name__, {}.__class__.__name__)
print({True: 'a', 1: 'b', 1.0: 'c'})
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items()))
