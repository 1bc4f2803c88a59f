def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# unpacking tuples and other iterables: counts, stars, error messages
a, b, c = (1, 2, 3)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = (1,)
print(first, rest)
*init, last = 'abc'
print(init, last)
p, *q, r = range(6)
print(p, q, r)
def unpack(n, src):
    ns = {'src': src}
    code = {2: 'a, b = src', 3: 'a, b, c = src', 'star': 'a, *b, c, d = src'}[n]
    exec(code, ns)
    return tuple(ns[k] for k in 'abcd' if k in ns)
show('few', lambda: unpack(3, (1, 2)))
show('many', lambda: unpack(2, (1, 2, 3)))
show('many list', lambda: unpack(2, [1, 2, 3, 4]))
show('many gen', lambda: unpack(2, (i for i in range(5))))
show('few str', lambda: unpack(3, 'ab'))
show('star few', lambda: unpack('star', (1, 2)))
show('star ok', lambda: unpack('star', (1, 2, 3, 4, 5)))
show('none', lambda: unpack(2, None))
show('int', lambda: unpack(2, 5))
show('dict', lambda: unpack(2, {'k': 1, 'j': 2}))
show('set one', lambda: unpack(2, {7}))
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
t = 1, 2
u = 1,
print(t, u, (), type(u).__name__)
m, n = n, m = 5, 6
print(m, n)
l = [0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
print([*(1, 2), *[3], *range(4, 6)], (*'ab', *{}), {*(), *(1, 1)})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*(1, 2), *[3]), f(**{'a': 1}, **{'b': 2}))
show('dup kw', lambda: f(**{'a': 1}, **{'a': 2}))
show('star non-iter', lambda: f(*5))
show('kw non-map', lambda: f(**5))
show('kw non-str', lambda: f(**{1: 2}))
