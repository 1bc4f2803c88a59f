def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# range: membership by equality for non-ints, index/count with objects, reversals
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return o == self.v
    __hash__ = None
r = range(0, 20, 5)
print(Eq(10) in r, Eq(11) in r, r.index(Eq(15)), r.count(Eq(5)))
show('index obj missing', lambda: r.index(Eq(7)))
print(r.index(True) if 1 in r else 'no', range(3).index(True), range(3).count(1.0), 2.5 in range(5))
class IntSub(int):
    pass
print(IntSub(5) in r, r.index(IntSub(10)), range(10).count(IntSub(3)))
print(list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(range(5)[::-1][::-1], range(1, 100, 7)[3:9:2], range(100)[-5::-20])
print(len(range(-10, 10, 3)), range(-10, 10, 3)[-1], list(range(-10, 10, 3))[-1])
print([i for i in range(3, -3, -1)], list(range(0, -1)), list(range(-1, 0)))
print(range(7) == range(0, 7, 1), range(0) == range(1, 1), range(2, 3) == range(2, 4, 5))
s = {range(3): 'a', range(0, 3): 'b'}
print(len(s), s[range(3)])
print(min(range(4, 10, 2)), max(range(4, 10, 2)), sorted(range(3, 0, -1)), sum(range(-5, 6)))
print(tuple(range(3)), set(range(3)) == {0, 1, 2}, dict.fromkeys(range(2)))
print(any(range(0)), all(range(1, 4)), list(zip(range(3), range(10, 13))))
print(list(map(lambda i: i * i, range(5))), list(filter(None, range(-2, 3))))
it = iter(range(5))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(range(3).__reversed__().__class__.__name__, range(2 ** 70).__iter__().__class__.__name__)
print(range(1, 10).__getitem__(slice(2, 5)), range(5).__contains__(3), range(5).__len__())
