def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# dict: insertion order kept across deletes/reinserts, equality, comprehension, iteration
d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(d)
del d['l']
d['l'] = 'back'
print(list(d), d)
d2 = dict(d)
print(d2 == d, d2 is d, list(d2) == list(d))
x = {1: 'one', 2: 'two'}
x[1] = 'uno'
print(x)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(0, 10):
    big[i] = -i
print(list(big.items())[-10:])
print({k: v for k, v in zip('abc', range(3)) if v})
print(dict(sorted({'z': 1, 'a': 2}.items())))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print(len({}), len({1: 1, 1.0: 2, True: 3}))
cnt = {}
for w in 'the cat the dog the end'.split():
    cnt[w] = cnt.get(w, 0) + 1
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(cnt, key=cnt.get), min(cnt.values()))
print(dict.fromkeys([3, 1, 2]) == dict.fromkeys([1, 2, 3]), list(dict.fromkeys([3, 1, 2, 1])))
print(iter({}).__class__.__name__, reversed({}).__class__.__name__)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and self.v == o.v
    def __repr__(self):
        return 'Key(%r)' % self.v
kd = {Key(1): 'a'}
kd[Key(1)] = 'b'
print(kd, Key(1) in kd, Key(2) in kd)
