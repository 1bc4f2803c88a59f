def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# slices handed to __getitem__/__setitem__/__delitem__, extended indices, slice arithmetic
class Rec:
    def __getitem__(self, k):
        return ('get', k)
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
r = Rec()
print(r[1:2], r[:], r[::3], r[1:2:3], r['a':'b'], r[None:None], r[:, 1], r[1:2, ::3])
r[1:3] = 'xy'
r[::2] = []
del r[5:]
del r[:, :]
s = slice(2, 10, 3)
for n in (0, 1, 5, 10, 20):
    print(n, s.indices(n), len(range(*s.indices(n))), list(range(20))[:n][s])
neg = slice(None, None, -2)
for n in (0, 1, 4, 7):
    print(n, neg.indices(n), list(range(n))[neg])
print(slice(-5, -1).indices(3), slice(5, 1, -1).indices(3), slice(-1, -5, -1).indices(3))
print(slice(None, -100, -1).indices(5), slice(100, None, -1).indices(5), slice(-100, 100, 7).indices(50))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2, None), slice(None) == slice(None, None))
print(slice(1, 2) < slice(1, 3) < slice(2, 0), slice(0) >= slice(0))
show('cmp mixed', lambda: slice(1) < slice('a'))
show('slice eq other', lambda: slice(1) == (None, 1, None))
print(repr(slice(1.5, 'x', [1])), str(slice(None, None, None)), repr(slice(-1, -2, -3)))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print('abcdefgh'[Idx(1):Idx(-1):Idx(2)], list(range(10))[Idx(8):Idx(2):Idx(-3)], (1, 2, 3)[Idx(0):])
print(slice(Idx(1), Idx(5)).indices(10))
show('bad step', lambda: 'abc'[::Idx(0)])
show('bad idx type', lambda: [1, 2][::'x'])
