def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# dict repr (incl. recursive), KeyError reprs, unhashable keys
d = {}
d['self'] = d
print(d, repr(d))
e = {'l': []}
e['l'].append(e)
print(e)
print({1: 'a', 'b': [1, 2], (1, 2): {3: None}, None: 1.5})
print(str({'q': "it's"}), repr({'q': 'say "hi"'}))
def ke(key):
    try:
        {}[key]
    except KeyError as ex:
        print(repr(ex), str(ex), ex.args)
ke('a')
ke(1)
ke((1, 2))
ke(())
ke(None)
ke('')
ke(frozenset())
ke(1.5)
show('unhashable key', lambda: {}[[1]])
show('unhashable set', lambda: {[1]: 2})
show('unhashable dict key', lambda: {{}: 1})
show('unhashable in', lambda: [] in {})
show('unhashable pop', lambda: {}.pop([]))
show('unhashable get', lambda: {}.get({}))
class K:
    def __hash__(self):
        return 1
    def __repr__(self):
        return 'K()'
ke(K())
show('del missing', lambda: exec('del d["nope"]', {'d': {}}))
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
class D(dict):
    pass
dd = D(x=1)
print(dd, repr(dd), type(dd).__name__, dd == {'x': 1})
try:
    raise KeyError('a', 'b')
except KeyError as ex:
    print(str(ex), repr(ex))
try:
    raise KeyError()
except KeyError as ex:
    print(repr(str(ex)), repr(ex))
