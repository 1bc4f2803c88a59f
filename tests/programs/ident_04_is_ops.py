def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# identity vs equality semantics in containers and operators
nan = float('nan')
l = [nan]
print(nan in l, nan == nan, l.count(nan), l == [nan], (nan,) == (nan,), {nan: 1}[nan])
class Never:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = Never()
print(n in [n], n == n, [n] == [n], {n: 1}.get(n), n in {n}, [n].index(n), (n,).count(n))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b))
b.append(3)
print(a, c)
d = {'k': a}
e = d.copy()
print(d['k'] is e['k'], d is not e)
x = y = []
x += [1]
print(y, x is y)
x = x + [2]
print(y, x is y)
s1 = {1}
s2 = s1
s1 |= {2}
print(s2 is s1, sorted(s2))
fz = frozenset([1])
fz2 = fz
fz |= {2}
print(fz is fz2, sorted(fz2))
print(type(1) is int, type(True) is bool, type(True) is not int, isinstance(True, int))
