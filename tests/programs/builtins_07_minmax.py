def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# max/min with key/default, sorted with key/reverse
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min('hello'), max('abc', 'abd'), max((1, 2), (1, 3)))
print(max([], default=None), min([], default='empty'), max([5], default=0), max([1, 2], key=lambda x: -x))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max('a', 'bb', key=len))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 2]), min([1, True]), max([1, True]))
print(max([(1, 'b'), (1, 'a')], key=lambda p: p[0]), min([(1, 'b'), (1, 'a')], key=lambda p: p[0]))
show('max empty', lambda: max([]))
show('min empty', lambda: min([]))
show('max noargs', lambda: max())
show('max int', lambda: max(5))
show('max default multi', lambda: max(1, 2, default=0))
show('max bad kw', lambda: max([1], foo=1))
show('min three kw', lambda: min([1], key=None, default=1, foo=2))
show('max mixed', lambda: max(1, 'a'))
show('key noncallable', lambda: max([1, 2], key=5))
print(max([1, 2], key=None), min(iter([4, 2, 6])), max(range(10), key=lambda x: x % 4))
print(sorted([3, 1, 2]), sorted('bca'), sorted((3, 1), reverse=True), sorted({3: 0, 1: 0}), sorted([], key=len))
print(sorted(['b', 'A', 'c'], key=str.lower, reverse=True), sorted([-3, 2, -1], key=abs))
show('sorted noargs', lambda: sorted())
show('sorted key positional', lambda: sorted([1], len))
show('sorted int', lambda: sorted(5))
print(sorted([1, 2, 3], key=lambda x: 0, reverse=True), sorted(iter('zyx')))
print(min(0.0, -0.0), max(-0.0, 0.0), min(float('nan'), 1), min(1, float('nan')))
