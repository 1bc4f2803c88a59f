# dict views, set operations on them, | and |=, popitem order, setdefault, fromkeys
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it, ['a', 1] in it if False else 0)
d['d'] = 4
print(list(k), list(v), list(it))
show('keys & set', lambda: sorted(k & {'a', 'z', 'd'}))
show('keys | list', lambda: sorted(k | ['x']))
show('keys - keys', lambda: sorted(k - {'a': 0}.keys()))
show('keys ^', lambda: sorted(k ^ {'a', 'q'}))
show('items &', lambda: sorted(it & {('a', 1), ('b', 3)}))
show('items -', lambda: sorted(it - [('a', 1)]))
show('values &', lambda: v & {1})
show('keys == set', lambda: (k == {'a', 'b', 'c', 'd'}, k == ['a', 'b', 'c', 'd'], k <= {'a', 'b', 'c', 'd', 'e'}, k < k, k.isdisjoint('xyz')))
show('values == values', lambda: d.values() == d.values())
show('reversed views', lambda: (list(reversed(k)), list(reversed(v)), list(reversed(it))))
show('mapping', lambda: k.mapping['a'])
show('view of unhashable', lambda: k & [[1]])
e = {'x': 1}
show('union', lambda: d | e)
show('union order', lambda: e | d)
show('union non-dict', lambda: d | [('z', 1)])
e |= [('y', 2)]
e |= {'x': 10}
print(e)
show('ior bad', lambda: e.__ior__(5))
p = dict.fromkeys('abcde', 0)
print(p, p.popitem(), p.popitem(), p)
show('popitem empty', lambda: {}.popitem())
show('fromkeys default', lambda: dict.fromkeys([1, 2]))
show('fromkeys shared', lambda: (lambda f: (f[1].append(0), f))(dict.fromkeys([1, 2], [])))
class OD(dict):
    pass
show('fromkeys subclass', lambda: type(OD.fromkeys('ab')).__name__)
s = {}
print(s.setdefault('k', []), s.setdefault('k', 5), s, s.setdefault('n'), s)
show('get default', lambda: (s.get('zz'), s.get('zz', 0), s.get('k')))
show('pop', lambda: (s.pop('k'), s.pop('zz', 'dflt')))
show('pop missing', lambda: s.pop('zz'))
show('unhashable key', lambda: {[1]: 2})
show('unhashable get', lambda: {}.get([]))
show('update kw', lambda: (lambda x: (x.update({'a': 1}, b=2), x.update([('c', 3)]), x.update(d=4), x)[3])({}))
show('update bad seq', lambda: {}.update([(1, 2, 3)]))
show('update bad item', lambda: {}.update([1]))
show('dict from pairs', lambda: dict([('a', 1), 'bc', [3, 4]]))
show('dict kw and map', lambda: dict({'a': 1}, a=2, b=3))
show('dict too many', lambda: dict({}, {}))
dd = {i: i * i for i in range(5)}
show('iter mutate add', lambda: [dd.__setitem__(100 + k, 0) for k in dd])
dd = {i: i * i for i in range(5)}
show('iter mutate del', lambda: [dd.pop(k) for k in dd])
dd = {i: i for i in range(3)}
show('iter same size', lambda: [dd.__setitem__(k, -k) for k in dd] and dd)
dd = {1: 1}
def change_keys():
    for k in dd:
        del dd[k]
        dd[k + 1] = 1
show('iter keys changed', change_keys)
show('values iter mutate', lambda: [dd.clear() for _ in dd.values()])
order = {}
order['z'] = 1; order['a'] = 2; order['m'] = 3
del order['a']; order['a'] = 4
print(list(order), order == {'a': 4, 'z': 1, 'm': 3}, list(order) == list({'a': 4, 'z': 1, 'm': 3}))
print({1: 'int', 1.0: 'float', True: 'bool'}, {0: 'a', False: 'b', 0j: 'c'})
