def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# frozenset: hashing, identity, construction, nesting; set methods return types
f = frozenset([3, 1, 2])
print(f, repr(frozenset()), sorted(f))
print(hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3})
print(frozenset(f) is f, frozenset() is frozenset(), frozenset([]) == frozenset())
g = {f: 'val', frozenset(): 'empty'}
print(g[frozenset([1, 2, 3])], g[frozenset()])
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(sorted(x) for x in nested))
print(frozenset([1]) in nested, {1} in nested)
class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x).__name__, type(x | {3}).__name__, x == {1, 2}, sorted(x))
class S(set):
    def extra(self):
        return len(self) * 10
y = S([1, 2, 3])
print(y.extra(), type(y.copy()).__name__, type(y - {1}).__name__, sorted(y))
print(S([1]), FS([2]), S(), FS())
show('frozenset mut', lambda: f.remove(1))
show('frozenset update', lambda: f.update([1]))
h = f
h |= {4}
print(sorted(h), sorted(f), h is f)
print(frozenset('aab') == frozenset('ab'), len(frozenset('mississippi')))
print(sorted(frozenset('hello')), sorted(set('world') & set('hello')))
print(frozenset.union(frozenset([1]), [2], [3]) == {1, 2, 3})
print(set.union({1}, {2}), set.intersection({1, 2}, {2}))
show('unbound bad', lambda: set.union([1], [2]))
print(frozenset({1: 'a', 2: 'b'}) == {1, 2}, set(range(3)) == frozenset(range(3)))
