# range slicing, index, containment, negative steps; slice.indices
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

r = range(3, 30, 4)
print(r, len(r), list(r), r[0], r[-1], r[2:5], r[::-1], r[::2], r[1:-1:3], r[100:], r[-100:2])
print(list(r[::-1]), list(r[5:1:-2]), range(10)[::-3], range(0, -10, -2)[1:3])
print(15 in r, 16 in r, 31 in r, 3.0 in r, 7.5 in r, '3' in r, True in range(2))
print(r.index(11), r.count(11), r.count(12), r.count(7.0))
show('index missing', lambda: r.index(12))
show('index str', lambda: r.index('a'))
show('getitem out', lambda: r[7])
show('getitem float', lambda: r[1.0])
show('step zero', lambda: range(1, 2, 0))
show('float arg', lambda: range(1.5))
show('no args', lambda: range())
show('too many', lambda: range(1, 2, 3, 4))
n = range(10, 0, -3)
print(list(n), n[1], n[-1], 4 in n, 5 in n, n.index(4), len(n), list(reversed(n)), n.start, n.stop, n.step)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(2) != [0, 1])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 10, 3)) == hash(range(1, 11, 3)))
big = range(-10**20, 10**20, 7)
print(big[10**18], 10**19 in big, big.index(-10**20 + 70), big[-1])
show("len too big", lambda: len(big))
print(range(2**63 + 10)[-1], range(5)[True], bool(range(0)), bool(range(1)))
for args in [(None, None, None), (1, 4, None), (-3, None, None), (None, None, -1), (10, -10, -2), (-100, 100, 3), (5, 2, None)]:
    s = slice(*args)
    print(s, s.indices(7), s.indices(0), list(range(7))[s] == list(range(*s.indices(7))))
show('indices neg len', lambda: slice(1).indices(-1))
show('indices step 0', lambda: slice(None, None, 0).indices(5))
show('indices float', lambda: slice(1.5).indices(5))
class I:
    def __index__(self):
        return 2
show('indices __index__', lambda: slice(I(), None, I()).indices(9))
show('slice attrs', lambda: (slice(1, 2).start, slice(5).stop, slice(5).step, slice(1, 2, 3) == slice(1, 2, 3), slice(1) < slice(2)))
show('slice hash', lambda: hash(slice(1)))
show('slice of str', lambda: 'abcdefg'[slice(1, None, 2)])
show('slice(obj)', lambda: [0, 1, 2][slice(I())])
