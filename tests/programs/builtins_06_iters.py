def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# iter (with sentinel), next (with default), enumerate, filter, map, zip, reversed
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'), next(it, None))
show('next exhausted', lambda: next(it))
vals = iter([5, 4, 3, 0, 2])
print(list(iter(lambda: next(vals), 0)), list(vals))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
ci = iter(Counter(), 4)
print(type(ci).__name__, list(ci), list(ci))
show('iter sentinel noncallable', lambda: iter(5, 0))
show('iter int', lambda: iter(5))
show('iter 3 args', lambda: iter(1, 2, 3))
print(list(enumerate('abc')), list(enumerate('ab', start=5)), list(enumerate([], 3)), list(enumerate('x', -2)))
show('enumerate int', lambda: enumerate(5))
show('enumerate start str', lambda: enumerate('a', 'b'))
print(type(enumerate([])).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(filter(str.isdigit, 'a1b2')), list(filter(bool, range(3))))
show('filter int', lambda: filter(None, 5))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')), list(map(str, range(3))))
print(list(map(lambda *a: a, [1, 2, 3], 'ab')))
show('map none', lambda: list(map(None, [1])))
show('map noargs', lambda: map(str))
show('map int', lambda: map(str, 5))
print(list(zip('abc', range(5))), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(list(zip('ab', 'cd', strict=True)))
show('zip strict short', lambda: list(zip('ab', 'c', strict=True)))
show('zip strict long', lambda: list(zip('a', 'bc', strict=True)))
show('zip strict 3', lambda: list(zip('ab', 'cd', 'e', strict=True)))
show('zip strict 3b', lambda: list(zip('ab', 'cde', 'fg', strict=True)))
show('zip int', lambda: zip(5))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq())
class Rv:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rv())))
show('reversed set', lambda: reversed({1}))
show('reversed int', lambda: reversed(5))
show('reversed gen', lambda: reversed(x for x in []))
class NoIter:
    __iter__ = None
show('iter None', lambda: iter(NoIter()))
class BadIter:
    def __iter__(self):
        return 5
show('bad iter', lambda: iter(BadIter()))
print(all([]), all([1, 1]), all([1, 0]), any([]), any([0, '', 1]), any(x > 2 for x in range(4)), all('abc'))
show('all int', lambda: all(5))
print(len('abc'), len([1]), len({}), len(range(5)), len(b'xy'), len(frozenset([1])))
class Ln:
    def __len__(self):
        return -1
show('len neg', lambda: len(Ln()))
class Ln2:
    def __len__(self):
        return 'a'
show('len str', lambda: len(Ln2()))
class Ln3:
    def __len__(self):
        return 2 ** 70
show('len huge', lambda: len(Ln3()))
