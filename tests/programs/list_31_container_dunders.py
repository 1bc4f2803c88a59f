# container operator dunders called explicitly, and length hints
import operator

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

show('list cmp', lambda: ([3, 1].__lt__([3, 2]), [1].__le__([1]), [2].__gt__([1, 5]), [1].__ge__([1, 0]), [1].__eq__([1]), [1].__ne__([1])))
show('list vs tuple', lambda: ([1].__eq__((1,)), [1].__lt__((2,)), (1,).__eq__([1])))
show('tuple cmp', lambda: ((1, 2).__lt__((1, 3)), (1,).__le__((1,)), ().__eq__(()), (1, 'a').__gt__((1,))))
show('tuple cmp mixed items', lambda: (1, 'a').__lt__((1, 2)))
show('dict eq', lambda: ({1: 2}.__eq__({1: 2}), {1: 2}.__ne__({1: 3}), {}.__eq__([]), {}.__lt__({})))
show('set cmp', lambda: ({1}.__lt__({1, 2}), {1}.__le__(frozenset({1})), frozenset({1, 2}).__gt__({1}), {1}.__eq__([1]), {1}.__lt__([1, 2])))
show('range eq', lambda: (range(3).__eq__(range(0, 3)), range(0).__eq__(range(2, 2)), range(3).__ne__([0, 1, 2]), range(1).__lt__(range(2))))
s = {1}
t = s
show('set ior', lambda: (s.__ior__({2}), s is t))
show('set iand', lambda: s.__iand__({2, 3}))
show('set isub', lambda: s.__isub__({2}))
show('set ixor', lambda: s.__ixor__({5}))
show('set ior list', lambda: s.__ior__([9]))
show('frozenset has no ior', lambda: hasattr(frozenset(), '__ior__'))
d = {'a': 1}
show('dict or', lambda: (d.__or__({'b': 2}), d.__or__([('c', 3)]), d.__ror__({'z': 0, 'a': 9})))
show('dict ior', lambda: (d.__ior__([('k', 'v')]), d))
show('dict ior bad', lambda: d.__ior__(5))
show('dict reversed', lambda: list(d.__reversed__()))
class Ordered(list):
    def __lt__(self, other):
        return len(self) < len(other) or list.__lt__(self, other)
show('subclass uses base', lambda: (Ordered([9]) < [1, 1], Ordered([1]) < [2], sorted([Ordered([5, 5]), Ordered([7])])))
class Loud(dict):
    def __eq__(self, other):
        return 'loud' if dict.__eq__(self, other) else False
show('dict subclass eq', lambda: (Loud(a=1) == {'a': 1}, {'a': 1} == Loud(a=1), Loud() != {}))
lst = [1, 2, 3, 4]
it = iter(lst)
next(it)
show('list hint', lambda: (it.__length_hint__(), operator.length_hint(it)))
lst.append(5)
show('list hint grows', lambda: it.__length_hint__())
show('list hint exhausted', lambda: (list(it), it.__length_hint__()))
tit = iter((1, 2, 3))
next(tit)
show('tuple hint', lambda: tit.__length_hint__())
dd = {1: 1, 2: 2, 3: 3}
dit = iter(dd.items())
next(dit)
show('dict hint', lambda: (dit.__length_hint__(), iter(dd.values()).__length_hint__()))
dd[4] = 4
show('dict hint changed', lambda: dit.__length_hint__())
sit = iter({1, 2, 3})
next(sit)
show('set hint', lambda: sit.__length_hint__())
show('bytes hint', lambda: (lambda i: (next(i), i.__length_hint__()))(iter(b'abc')))
show('bytearray hint', lambda: iter(bytearray(b'ab')).__length_hint__())
show('str hint', lambda: iter('héllo').__length_hint__())
show('range hint', lambda: (lambda i: (next(i), i.__length_hint__()))(iter(range(0, 10, 3))))
show('reversed hint', lambda: reversed([1, 2, 3]).__length_hint__())
show('length_hint default', lambda: (operator.length_hint(iter(int, 1), 7), operator.length_hint(x for x in ())))
