# User sequences and slices: __getitem__/__setitem__/__delitem__ receive
# slice objects; slice.indices; __reversed__ and __length_hint__.
class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print(f"  slice({key.start}, {key.stop}, {key.step}) -> {key.indices(len(self))}")
            return Seq(self.data[key])
        if not isinstance(key, int):
            raise TypeError(f"Seq indices must be integers or slices, not {type(key).__name__}")
        return self.data[key]

    def __setitem__(self, key, value):
        print(f"  setitem {key!r}")
        self.data[key] = value

    def __delitem__(self, key):
        print(f"  delitem {key!r}")
        del self.data[key]

    def __repr__(self):
        return f"Seq({self.data})"


s = Seq(range(10))
print(s[2], s[-1], s[2:5], s[::3], s[::-2], s[:], s[100:])
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
del s[::2]
print(s)
print(s[1, 2] if False else "tuple keys skipped")


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[1, 2], g[1:2, ::3], g[...], g[:, 0], g[()], g[1:2:3])

sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl, sl.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
print(slice(5), slice(1, 2) == slice(1, 2), slice(None, None, -1).indices(4))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1))
    print("hashable slice")
except TypeError as e:
    print("TypeError:", e)
print(list(range(10))[slice(2, 8, 3)], "abcdef"[slice(None, None, -2)])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))

    def __reversed__(self):
        print("  __reversed__")
        return iter(range(1, self.n + 1))

    def __len__(self):
        return self.n


print(list(Countdown(3)), list(reversed(Countdown(3))))


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i


print(list(reversed(SeqOnly())))
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)


class NoRev(SeqOnly):
    __reversed__ = None


try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
