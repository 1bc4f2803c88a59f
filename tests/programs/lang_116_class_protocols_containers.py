# A custom mapping and sequence with dunder protocols, used by builtins.


class OrderedCounter:
    def __init__(self, items=()):
        self._keys = []
        self._counts = {}
        for it in items:
            self[it] = self.get(it, 0) + 1

    def get(self, key, default=None):
        return self._counts.get(key, default)

    def __getitem__(self, key):
        try:
            return self._counts[key]
        except KeyError:
            raise KeyError(f"no count for {key!r}") from None

    def __setitem__(self, key, value):
        if key not in self._counts:
            self._keys.append(key)
        self._counts[key] = value

    def __delitem__(self, key):
        del self._counts[key]
        self._keys.remove(key)

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)

    def __contains__(self, key):
        return key in self._counts

    def keys(self):
        return list(self._keys)

    def __repr__(self):
        body = ", ".join(f"{k!r}: {self._counts[k]}" for k in self)
        return f"OrderedCounter({{{body}}})"

    def most_common(self, n=None):
        ranked = sorted(self, key=lambda k: -self[k])
        return [(k, self[k]) for k in ranked[:n]]


class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.start or 0, idx.stop, idx.step or 1
            if stop is None:
                stop = start + len(self)
            return [self[i] for i in range(start, stop, step)]
        if not self.items:
            raise IndexError("empty ring")
        return self.items[idx % len(self.items)]


oc = OrderedCounter("mississippi")
print(oc, len(oc), "s" in oc, "z" in oc)
print(oc.most_common(2), list(oc), dict(oc), sorted(oc.keys()))
del oc["m"]
oc["q"] = 7
print(oc, oc.get("m", "gone"))
try:
    oc["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(**oc))
print("{i} {s}".format_map(oc))

r = Ring("abcde")
print(r[0], r[7], r[-1], r[3:9], r[::2], r[1:8:3])
print(list(zip(range(3), r)))
try:
    Ring([])[0]
except IndexError as e:
    print(type(e).__name__, e)
print(len(r), bool(Ring([])), bool(r))
