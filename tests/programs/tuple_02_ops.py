def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# tuple: operations, comparisons, hashing, methods, errors
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(1, 1), t.index(3, -3, -1))
show('index missing', lambda: t.index(9))
show('count none', lambda: t.count())
print(t[1:4], t[::-1], t[-1], t[10:], t[::2])
show('idx oob', lambda: t[10])
show('idx str', lambda: t['a'])
show('assign', lambda: t.__setitem__(0, 1))
def setit():
    t[0] = 5
show('assign stmt', setit)
def delit():
    del t[0]
show('del stmt', delit)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), () * 5, (1,) * -1)
show('+ list', lambda: (1,) + [2])
show('* tuple', lambda: (1,) * (2,))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2))
show('lt mixed', lambda: (1, 'a') < (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
show('hash unhashable', lambda: hash((1, [2])))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}))
show('tuple(5)', lambda: tuple(5))
show('tuple kw', lambda: tuple(iterable=[1]))
print(repr((1,)), repr(()), repr((1, 'a', None)), str((1.0, [2])))
a, *b, c = (1, 2, 3, 4)
print(a, b, c)
x = ([1], 2)
show('iadd in tuple', lambda: exec('x[0] += [5]', {'x': x}))
print(x)
print(len(t), 2 in t, 7 not in t, bool(()), bool((0,)))
class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
tt = T(1, 2)
print(tt, type(tt).__name__, type(tt + (3,)).__name__, tt == (1, 2), type(tt[:]).__name__)
p = (1, 2)
print(p.__len__(), p.__getitem__(0), p.__contains__(2), p.__add__((3,)), p.__mul__(2))
print(type(iter(())).__name__, list(reversed(t)))
print(tuple.__name__, (1, 2).__class__.__name__)
