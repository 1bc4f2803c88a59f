# hashability of containers and their subclasses; sort's reverse flag
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

class L(list): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass
class T(tuple): pass
class B(bytes): pass
class BA(bytearray): pass
for v in [L([1]), D(a=1), S({1}), BA(b'x'), [], {}, set(), bytearray()]:
    show('hash ' + type(v).__name__, lambda: hash(v))
show('hashable subclasses', lambda: (hash(F({1, 2})) == hash(frozenset({2, 1})), hash(T((1, 'a'))) == hash((1, 'a')), hash(B(b'q')) == hash(b'q')))
show('as keys', lambda: {F([1]): 'f', T((2,)): 't', B(b'b'): 'b'})
show('__hash__ attrs', lambda: (list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, [].__hash__, L.__hash__))
show('frozenset has hash', lambda: frozenset.__hash__ is not None and tuple.__hash__ is not None)
class Hashed(list):
    def __hash__(self):
        return 42
show('subclass restores hash', lambda: (hash(Hashed()), {Hashed([1]): 1}))
class EqOnly:
    def __eq__(self, other):
        return True
show('eq without hash', lambda: (EqOnly.__hash__, hash(EqOnly())))
show('sorted reverse int', lambda: (sorted([1, 3, 2], reverse=1), sorted([1, 3, 2], reverse=0), sorted([1, 3, 2], reverse=True)))
show('sorted reverse None', lambda: sorted([1], reverse=None))
show('sorted reverse str', lambda: sorted([1], reverse='yes'))
show('sorted reverse float', lambda: sorted([1], reverse=1.0))
show('list.sort reverse None', lambda: [2, 1].sort(reverse=None))
class Flag:
    def __index__(self):
        return 1
show('reverse __index__', lambda: sorted('abc', reverse=Flag()))
show('sorted key None', lambda: sorted([3, 1, 2], key=None))
show('sort stable reverse', lambda: sorted([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')], key=lambda t: t[0], reverse=True))
