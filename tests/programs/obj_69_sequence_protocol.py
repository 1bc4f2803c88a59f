# A list-like container: __len__, __getitem__ with slices, __setitem__,
# __delitem__, __contains__, __iter__, __reversed__.
class Ring:
    def __init__(self, items=()):
        self._data = list(items)
        self.log = []

    def __len__(self):
        return len(self._data)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            self.log.append(("slice", idx.start, idx.stop, idx.step))
            return Ring(self._data[idx])
        if not self._data:
            raise IndexError("empty ring")
        return self._data[idx % len(self._data)]

    def __setitem__(self, idx, value):
        if isinstance(idx, slice):
            self._data[idx] = value
        else:
            self._data[idx % len(self._data)] = value

    def __delitem__(self, idx):
        if isinstance(idx, slice):
            del self._data[idx]
        else:
            del self._data[idx % len(self._data)]

    def __contains__(self, item):
        self.log.append(("contains", item))
        return item in self._data

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        self.log.append("reversed")
        return iter(self._data[::-1])

    def __repr__(self):
        return f"Ring({self._data})"


r = Ring("abcdef")
print(len(r), r[0], r[7], r[-1], r[100])
print(r[1:4], r[::2], r[::-1], r[:], r[-2:])
print(r.log)
r.log.clear()
print("c" in r, "z" in r, "z" not in r, r.log)
print(list(reversed(r)), r.log[-1])
r[8] = "C"
print(r)
r[1:3] = ["X", "Y", "Z"]
print(r, len(r))
del r[0]
del r[-1]
print(r)
del r[::2]
print(r)
print(list(r), sorted(r), "".join(r), list(enumerate(r)))
print(bool(Ring()), bool(r))
try:
    Ring()[0]
except IndexError as e:
    print(type(e).__name__, e)
print(r[slice(0, 2)], r[slice(None)])
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(6))
a, *rest = r
print(a, rest)
print(max(Ring([3, 9, 2])), min(Ring([3, 9, 2])), sum(Ring([3, 9, 2])))
try:
    r["k"]
except TypeError as e:
    print(type(e).__name__, e)
