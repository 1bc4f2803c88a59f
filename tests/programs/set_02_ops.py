def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# set/frozenset operators and methods (ints only so order is deterministic)
def s(x):
    return sorted(x) if isinstance(x, (set, frozenset)) else x
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(s(a | b), s(a & b), s(a - b), s(b - a), s(a ^ b))
print(s(a.union(b, [9])), s(a.intersection(b, range(4))), s(a.difference(b, [1])), s(a.symmetric_difference([4, 8])))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= a, {1, 9} <= a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint([7, 8]), a == {4, 3, 2, 1}, a != b)
show('| list', lambda: a | [1])
show('& tuple', lambda: a & (1,))
show('sym two', lambda: a.symmetric_difference([1], [2]))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 12}
print(s(c))
c.update([20], (21,), {22: 0})
c.intersection_update([10, 20, 21, 22, 99], range(30))
c.difference_update([21], [22])
c.symmetric_difference_update([20, 30])
print(s(c))
e = {1, 2}
e.add(3)
e.add(2)
e.discard(9)
e.discard(1)
print(s(e))
show('remove missing', lambda: e.remove(99))
show('remove str', lambda: e.remove('zz'))
show('remove tuple', lambda: e.remove((1, 2)))
show('pop empty', lambda: set().pop())
show('add unhashable', lambda: e.add([]))
show('in unhashable', lambda: [] in e)
print({1} in {frozenset({1})}, set() in {frozenset()})
print(s(e.copy()), e.copy() is e, type(frozenset([1]).copy()).__name__)
e.clear()
print(e, set(), frozenset(), frozenset([1, 2]), set([3, 1, 2]))
print({1, 2} == frozenset([1, 2]), frozenset([1]) == {1}, type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
print(type(frozenset([1]) & {1}).__name__, type(frozenset([1]).union([2])).__name__)
show('frozenset add', lambda: frozenset().add(1))
show('set hash', lambda: hash(set()))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({frozenset([1, 2]): 'x'}[frozenset([2, 1])])
print(len({1, 1, 1.0, True}), {0, False, 0.0})
show('set lt list', lambda: {1} < [1])
show('set(5)', lambda: set(5))
show('set 2 args', lambda: set([], []))
print(s({x % 3 for x in range(10)}), s(set(range(5)) - set(range(2, 8))))
print(set.__name__, frozenset.__name__, type({1}).__name__)
