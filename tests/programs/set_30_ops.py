# set and frozenset operators and methods (int elements: deterministic order)
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

a = {1, 2, 3, 4}
b = frozenset({3, 4, 5})
print(a | b, a & b, a - b, a ^ b, b | a, b - a, type(b | a).__name__, type(a | b).__name__)
print(a.union([9], (10,)), a.intersection(range(3), [1, 2]), a.difference([1], {2}), a.symmetric_difference([4, 6]))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, b > {3}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]))
print(a == frozenset(a), {1} == {1.0}, set() == frozenset(), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
show('set | list', lambda: a | [1])
show('set < list', lambda: a < [1])
show('union non-iterable', lambda: a.union(5))
show('add unhashable', lambda: set().add([]))
show('in unhashable', lambda: [] in a)
show('set in set', lambda: (frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})}))
show('remove missing', lambda: set().remove(5))
show('remove unhashable set', lambda: {frozenset({1})}.remove({1}) )
show('discard missing', lambda: set().discard(5))
show('pop empty', lambda: set().pop())
show('frozenset add', lambda: frozenset().add(1))
c = {1, 2}
c |= {3}
c &= {1, 3, 4}
c -= {1}
c ^= {5, 3}
print(c)
c.update([6], range(7, 9))
c.intersection_update([5, 6, 7, 8, 9], range(6, 10))
c.difference_update([8])
c.symmetric_difference_update({6, 10})
print(c, len(c))
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
show('set of strs sorted', lambda: sorted({'pear', 'apple', 'fig'}))
show('set comprehension', lambda: {x % 4 for x in range(10)})
show('copy independent', lambda: (lambda s: (s.copy().add(9), s))({1}))
show('frozenset copy identity', lambda: (lambda s: s.copy() is s)(frozenset({1})))
show('frozenset() identity', lambda: frozenset(b) is b)
show('repr empty', lambda: (repr(set()), repr(frozenset()), str({0})))
class MySet(set):
    pass
show('subclass ops', lambda: (type(MySet([1]) | {2}).__name__, MySet([1, 2]) == {1, 2}, repr(MySet([1]))))
s = set(range(5))
def mutate():
    for x in s:
        s.add(x + 10)
show('iter mutate', mutate)
show('min max sum', lambda: (min({5, 3, 9}), max(frozenset([5, 3, 9])), sum({1, 2, 3})))
show('update kw', lambda: set().update(x=1))
show('set kwargs', lambda: set(iterable=[1]))
show('set two args', lambda: set([1], [2]))
