def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# dict subclasses: overridden __getitem__/__setitem__/__missing__, what bypasses them
class Loud(dict):
    def __getitem__(self, k):
        print('  getitem', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('  setitem', k, v)
        super().__setitem__(k, v)
d = Loud(a=1)
d['b'] = 2
print(d['a'], d.get('a'), d.get('zz', 0))
d.update(c=3)
d.setdefault('e', 5)
print(sorted(d.items()), dict(d) == d, type(d.copy()).__name__)
print('a' in d, len(d), list(d))
class Default(dict):
    def __missing__(self, k):
        v = self[k] = []
        return v
dd = Default()
dd['x'].append(1)
dd['x'].append(2)
dd['y'].append(3)
print(dd, dd.get('nope'), 'nope' in dd)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
class BadMissing(dict):
    __missing__ = None
show('missing none', lambda: BadMissing()['k'])
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), [k for k in o], list(o.keys()), dict(o))
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
at = Attr(x=1)
print(at.x, hasattr(at, 'y'), isinstance(at, dict), issubclass(Attr, dict))
print(repr(Loud()), repr(Default(q=1)), str(Counter({'k': 2})))
show('kw keys', lambda: dict(**{1: 2}))
print(dict(a=1) | Loud(b=2), type(Loud(a=1) | {'b': 2}).__name__)
print({**Loud(z=26)})
