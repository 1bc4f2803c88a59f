def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# shared empty tuple/frozenset and identity-preserving conversions
t = (1, 2, 3)
s = 'hello'
f = frozenset([1, 2])
print(tuple(t) is t, str(s) is s, frozenset(f) is f)
e = ()
print(e is (), tuple() is e, tuple([]) is e, t[:] is t, t[0:3] is t, t[:0] is e, t[::1] is t, t[0:100] is t)
print(tuple(x for x in []) is e, e + e is e, t + e is t, e + t is t, t * 1 is t, e * 5 is e, t[1:] is t)
print(frozenset() is frozenset(), frozenset([]) is frozenset(), frozenset(()) is frozenset(set()))
print(list(t) is t, list(t) == list(t), [] is [], {} is {}, set() is set())
print(int(5) is 5, float(1.5).__class__.__name__, t[::-1] is t, t[::2] is t)
class T(tuple):
    pass
tt = T((1,))
print(tuple(tt) is tt, type(tuple(tt)).__name__, tt[:] is tt, type(tt[:]).__name__, tt + () is tt, type(tt * 1).__name__)
print(divmod(7, 2) is divmod(7, 2), (lambda *a: a)() is e, (lambda *a: a)(1) == (1,))
def star(*args):
    return args
print(star() is e, star(*e) is e, tuple(range(0)) is e, tuple({}) is e)
