# Container dunders: __getitem__/__setitem__/__delitem__ with slices, __missing__, __len__, __reversed__, __iter__.
class Grid:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
    def __len__(self):
        return len(self.data)
g = Grid()
g[1] = "one"
g[2, 3] = "tuple key"
print(g[1], g[2, 3], g[1:5], g[::2], g[:], g[1:2, 3], g[...])
del g[1]
print(len(g), g.log[-1], g.data)
try:
    del g["missing"]
except KeyError as e:
    print(type(e).__name__, e)
g["a"] += 5
print(g["a"], g.log[-3:])
class Defaulting(dict):
    def __missing__(self, key):
        self[key] = value = key * 2
        return value
dd = Defaulting(a=1)
print(dd["a"], dd["bb"], dd, dd.get("zz"), "zz" in dd)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))
class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print(type(e).__name__, e)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __iter__(self):
        for row in self.rows:
            yield from row
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __len__(self):
        return sum(len(r) for r in self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], list(m), list(reversed(m)), len(m), 4 in m, 5 in m, sum(m), sorted(m, reverse=True))
class ReadOnly:
    def __getitem__(self, i):
        return i
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(ReadOnly())
except TypeError as e:
    print(type(e).__name__, e)
class ListLike(list):
    def __getitem__(self, i):
        return "custom " + str(list.__getitem__(self, i))
ll = ListLike([1, 2])
print(ll[0], list(ll), [x for x in ll], ll[-1])
print(type(int).__getitem__ if hasattr(type(int), "__getitem__") else "type has no __getitem__", type.__call__(int, "5"))
