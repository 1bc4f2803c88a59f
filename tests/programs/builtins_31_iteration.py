# enumerate, zip(strict), map, filter, reversed, iter(callable, sentinel), next default, all/any, sorted
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

show('enumerate', lambda: (list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 5))))
show('enumerate float start', lambda: enumerate('a', 1.5))
show('enumerate non-iterable', lambda: enumerate(5))
show('enumerate big start', lambda: list(enumerate('ab', 2**62)))
show('zip', lambda: (list(zip('abc', [1, 2])), list(zip()), list(zip('a')), list(zip('ab', 'cd', 'ef'))))
show('zip strict ok', lambda: list(zip('ab', [1, 2], strict=True)))
show('zip strict short 2', lambda: list(zip('abc', [1, 2], strict=True)))
show('zip strict short 1', lambda: list(zip('a', [1, 2], strict=True)))
show('zip strict 3', lambda: list(zip('ab', 'ab', 'a', strict=True)))
show('zip non-iterable', lambda: zip(1, [2]))
show('zip bad kw', lambda: zip('a', foo=True))
show('map', lambda: (list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, 'ab', 'xyz'))))
show('map no iterables', lambda: map(abs))
show('map non-callable', lambda: list(map(5, [1])))
show('filter', lambda: (list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(str.isdigit, 'a1b2')), list(filter(lambda x: x > 1, range(4)))))
show('filter non-iterable', lambda: filter(None, 5))
show('reversed', lambda: (list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({1: 2, 3: 4}))))
show('reversed set', lambda: reversed({1, 2}))
show('reversed iterator', lambda: reversed(iter([1])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
show('reversed sequence protocol', lambda: (list(reversed(Seq())), list(Seq()), 20 in Seq()))
count = [0]
def tick():
    count[0] += 1
    return count[0]
show('iter sentinel', lambda: list(iter(tick, 4)))
show('iter sentinel non-callable', lambda: iter(5, 1))
show('iter non-iterable', lambda: iter(5))
show('iter str', lambda: next(iter('xy')))
it = iter([1, 2])
show('next', lambda: (next(it), next(it), next(it, 'done'), next(it, None)))
show('next exhausted', lambda: next(it))
show('next non-iterator', lambda: next([1]))
show('all any', lambda: (all([]), any([]), all([1, 'a']), all([1, 0]), any([0, '', None]), any(x > 2 for x in range(5)), all(iter([True]))))
show('all non-iterable', lambda: all(5))
show('sorted', lambda: (sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({3: 'a', 1: 'b'}), sorted([], key=len)))
show('sorted no args', lambda: sorted())
show('sorted positional key', lambda: sorted([1], len))
show('sorted non-iterable', lambda: sorted(1))
gen = (x * x for x in range(4))
show('generator consumed', lambda: (sum(gen), sum(gen)))
show('list of map of zip', lambda: dict(zip('abc', map(ord, 'abc'))))
