def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# tuple comparison uses identity first, hash consistency, recursive reprs
class NoEq:
    def __eq__(self, o):
        raise RuntimeError('eq called')
    __hash__ = object.__hash__
n = NoEq()
print((n,) == (n,), [n] == [n], n in (n,), (n, 1).index(n))
show('other', lambda: (n,) == (NoEq(),))
nan = float('nan')
print((nan,) == (nan,), (nan,) < (nan,))
print((1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)), hash((True, 0)) == hash((1, False)))
l = []
t = (l,)
l.append(t)
print(t, l)
d = {}
t2 = (d, 1)
d['k'] = t2
print(t2, d)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq', self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
print((Cmp(1), Cmp(2)) < (Cmp(1), Cmp(3)))
print((Cmp(1),) <= (Cmp(1),))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]))
print(max((1, 'b'), (1, 'a')), min([(3,), (1, 2), (1,)]))
print(tuple(x * 2 for x in range(4)))
print((*range(3), *'ab'))
print(((),) * 2, (((),),))
