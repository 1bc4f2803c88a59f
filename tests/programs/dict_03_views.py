def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# dict views: set operations, dynamic, reversed, errors
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(k), list(v), list(it))
print(sorted(k & {'a', 'd', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted({'a', 'x'} & k), sorted(['x', 'b'] - k), sorted(k & ['a', 'b']))
print(sorted(it & {('a', 1), ('b', 99)}), sorted(it - {('a', 1)}, key=str))
print(k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k < {'a'}, k >= {'a'})
print(it == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, ('a', 1) in it, ('a', 2) in it, 'a' in k, 1 in v)
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), it.isdisjoint({('q', 1)}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(type(reversed(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
show('values eq', lambda: v == d.values())
show('hash keys', lambda: hash(k))
show('index', lambda: k[0])
show('view & int', lambda: k & 5)
show('view - None', lambda: k - None)
def changed():
    for key in d:
        d[key + key] = 0
show('changed', changed)
def changed_keys():
    for key in d.keys():
        del d[key]
show('changed keys', changed_keys)
d = {'x': 1}
def mutate_same_size():
    for key in d:
        del d[key]
        d['y'] = 2
show('same size', mutate_same_size)
print(d)
print(k.mapping if hasattr(k, 'mapping') else 'no mapping')
e = {1: 'a', 2: 'b'}
print(e.keys() - [1], e.items() | [(3, 'c')] == {(1, 'a'), (2, 'b'), (3, 'c')})
print(sorted(e.items() ^ {(1, 'a'), (5, 'e')}))
show('unhashable items', lambda: {1: []}.items() & {(1, 2)})
print({}.keys() == set(), dict(a=1).values() != dict(a=1).values())
print(repr({}.keys()), repr({}.items()), repr({1: {2: 3}}.values()))
