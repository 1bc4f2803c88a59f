def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# sets of str (printed sorted), iteration change errors, comprehension
words = set('the quick brown fox jumps over the lazy dog'.split())
print(sorted(words), len(words))
print(sorted(words & {'fox', 'cat'}), sorted(words - {'the', 'dog'})[:3])
def changed():
    st = {1, 2, 3}
    for x in st:
        st.add(x + 10)
show('changed', changed)
def changed2():
    st = {1, 2, 3}
    for x in st:
        st.discard(x)
show('changed2', changed2)
def changed3():
    st = {1, 2, 3}
    for x in st:
        st.discard(x)
        st.add(x + 100)
show('changed3 (same size)', changed3)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return 'H(%d)' % self.v
hs = {H(1), H(4), H(1), H(7)}
print(len(hs), H(4) in hs, H(10) in hs)
class BadHash:
    def __hash__(self):
        return 'x'
show('bad hash', lambda: {BadHash()})
class NoHash:
    __hash__ = None
show('nohash', lambda: {NoHash()})
show('nohash hash()', lambda: hash(NoHash()))
class EqOnly:
    def __eq__(self, o):
        return True
show('eq only', lambda: hash(EqOnly()))
print(sorted({c.upper() for c in 'abcabc'}), sorted(set(map(str, range(12)))))
print(sorted(set('abc') | set('cde')), sorted(set('abc') ^ set('cde')))
print(set('aaa') == {'a'}, repr({'only'}), repr(frozenset({'one'})))
