# `in` and iteration fallbacks: __contains__, then __iter__, then the
# __getitem__ sequence protocol.
class WithContains:
    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return x == "magic"

    def __iter__(self):
        raise AssertionError("not used")


class WithIter:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  __iter__")
        return iter(self.items)


class WithGetitem:
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Neither:
    pass


print("magic" in WithContains(), "other" in WithContains(), "x" not in WithContains())
print(2 in WithIter([1, 2, 3]), 5 in WithIter([]))
print(20 in WithGetitem())
print(99 in WithGetitem())
print(list(WithGetitem()), sorted(WithGetitem(), reverse=True))
try:
    1 in Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Neither())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)


# __contains__ result is converted with bool().
class Weird:
    def __contains__(self, x):
        return [x]


print(1 in Weird(), 1 not in Weird())


# __iter__ = None blocks iteration and `in` even with __getitem__.
class Blocked(WithGetitem):
    __iter__ = None


try:
    iter(Blocked())
except TypeError as e:
    print("TypeError:", e)
try:
    0 in Blocked()
except TypeError as e:
    print("TypeError:", e)


class NoContains(WithIter):
    __contains__ = None


try:
    1 in NoContains([1])
except TypeError as e:
    print("TypeError:", e)


# __iter__ returning a non-iterator.
class BadIter:
    def __iter__(self):
        return [1, 2]


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


# A getitem sequence stops at IndexError, but a KeyError propagates.
class KeyErr:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i


try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)


# iter(callable, sentinel)
counter = iter([1, 2, 3, 4, 5]).__next__
print(list(iter(counter, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)


# Iterators are their own iterators; exhausted ones stay exhausted.
it = iter(WithGetitem())
print(next(it), iter(it) is it, list(it), list(it), next(it, "done"))
d = {"a": 1}
print("a" in d, 1 in d, 1 in d.values(), ("a", 1) in d.items(), "a" in d.keys())
print("bc" in "abcd", b"b" in b"abc", 98 in b"abc", [1] in [[1]], (1,) in {(1,): 0})
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError:", e)
