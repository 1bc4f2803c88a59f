# A user mapping: __getitem__/__setitem__/__delitem__/__missing__/__iter__
# and how dict() and ** consume it through keys().
class Caseless:
    def __init__(self, data=None, **kw):
        self._d = {}
        for k, v in dict(data or {}, **kw).items():
            self[k] = v

    def __getitem__(self, k):
        return self._d[k.lower()][1]

    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __contains__(self, k):
        return isinstance(k, str) and k.lower() in self._d

    def __iter__(self):
        return (orig for orig, _ in self._d.values())

    def __len__(self):
        return len(self._d)

    def keys(self):
        return list(self)

    def __eq__(self, other):
        if isinstance(other, Caseless):
            return {k: v for k, (_, v) in self._d.items()} == {k: v for k, (_, v) in other._d.items()}
        return NotImplemented

    def __repr__(self):
        return "Caseless(%r)" % dict(self)


h = Caseless({"Content-Type": "text"}, Host="x")
h["ACCEPT"] = "*/*"
print(h["content-type"], h["HOST"], "accept" in h, "nope" in h, 3 in h, len(h))
print(list(h), h.keys(), dict(h), repr(h))
del h["host"]
print(h)
try:
    h["missing"]
except KeyError as e:
    print(type(e).__name__, e)


def show(**kw):
    return sorted(kw.items())


print(show(**Caseless(a=1, B=2)))
print(Caseless(a=1) == Caseless(A=1), Caseless(a=1) == {"a": 1}, Caseless(a=1) != Caseless(a=2))


class Defaulting(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


d = Defaulting(x=0)
print(d["abc"], d["x"], d.get("zz"), "zz" in d, sorted(d.items()))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for it in items:
            self[it] += 1
        return self


c = Counter().add("mississippi")
print(sorted(c.items()), c["q"], len(c))


class KeysOnly:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


print(dict(KeysOnly()), {**KeysOnly()}, show(**KeysOnly()))


class NoKeys:
    def __getitem__(self, k):
        return 1


try:
    dict(NoKeys())
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**NoKeys())
except TypeError as e:
    print(type(e).__name__, e)
m = {"a": 1}
m.update(KeysOnly())
print(m)
