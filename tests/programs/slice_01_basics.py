def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# slice objects: attributes, repr, indices, equality, hashing, use
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1), slice('a', [1], 2.5))
print(s.indices(5), s.indices(100), slice(None).indices(3), slice(None, None, -1).indices(4))
print(slice(-3, None).indices(10), slice(-100, 100).indices(5), slice(10, -10, -3).indices(7))
show('indices neg', lambda: s.indices(-1))
show('indices str', lambda: s.indices('a'))
show('step0', lambda: slice(None, None, 0).indices(3))
show('bad start', lambda: slice('a').indices(3))
show('no args', lambda: slice())
show('4 args', lambda: slice(1, 2, 3, 4))
show('kw', lambda: slice(stop=1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) <= slice(1, 2, 3))
show('hash', lambda: hash(slice(1, 2)))
show('set attr', lambda: setattr(s, 'start', 3))
l = list(range(10))
print(l[s], 'abcdefghij'[s], tuple(l)[s], range(10)[s], b'0123456789'[s])
print(l[slice(None, None, -2)], l[slice(-3, None)])
class Getter:
    def __getitem__(self, k):
        return k
g = Getter()
print(g[1:2], g[::], g[:], g[1:2, 3], g[::-1], g[..., 1:])
print(type(g[1:2]).__name__, slice.__name__)
class I:
    def __index__(self):
        return 2
print(l[I():], l[:I()], l[::I()], slice(I()).indices(5))
show('float slice', lambda: l[1.5:])
show('str slice', lambda: 'abc'['a':])
print(slice(2 ** 70).indices(5), slice(-2 ** 70, None).indices(5))
