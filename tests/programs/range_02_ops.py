def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# range: indexing, slicing, len, contains, count/index, equality, repr
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:3], r[::-1], r[::2], r[10:], r[-2:], list(r[::-1]))
print(range(10)[::-3], range(0, -10, -2)[1:], range(5)[5:0:-1])
print(7 in r, 8 in r, 19 in r, 3.0 in r, 'x' in r, 11 in r)
print(r.index(11), r.count(11), r.count(12), r.count(7.0))
show('index missing', lambda: r.index(12))
show('index str', lambda: r.index('a'))
show('oob', lambda: r[5])
show('neg oob', lambda: r[-6])
show('float idx', lambda: r[1.5])
show('step0', lambda: range(1, 2, 0))
show('float arg', lambda: range(1.0))
show('str arg', lambda: range('3'))
show('no args', lambda: range())
show('4 args', lambda: range(1, 2, 3, 4))
show('kw', lambda: range(stop=3))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3))
print(range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 10, 3)) == hash(range(1, 11, 3)))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), repr(range(-1, -5, -1)))
print(len(range(-5)), len(range(10, 0)), len(range(10, 0, -3)), list(range(10, 0, -3)))
print(bool(range(0)), bool(range(1)), list(reversed(range(1, 10, 4))))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
show('lt', lambda: range(1) < range(2))
show('assign', lambda: r.__setitem__(0, 1))
show('start set', lambda: setattr(r, 'start', 1))
print(type(iter(r)).__name__, type(reversed(r)).__name__, range.__name__)
it = iter(range(3))
print(next(it), list(it), it.__length_hint__())
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I())[I() - 2] if False else range(1, I()), list(range(I())))
print(range(10)[I()], range(10)[I():], range(1, 9)[True])
print(range(5).__reversed__().__length_hint__(), range(True), range(False, True))
print(list(range(-3, 3))[::2], range(0, 10, 3)[-1], range(0, 1, 100)[0])
