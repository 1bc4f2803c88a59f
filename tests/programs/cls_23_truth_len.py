# Truth testing: __bool__, __len__ fallback, and their error messages.
class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Plain:
    pass


for obj in (Empty(), Full(), Both(), Plain()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)


class BoolInt:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.0


class BigLen:
    def __len__(self):
        return 2 ** 70


class StrLen:
    def __len__(self):
        return "3"


class IndexLen:
    class N:
        def __index__(self):
            return 4

    def __len__(self):
        return self.N()


for obj in (BoolInt(), NegLen(), FloatLen(), BigLen(), StrLen(), IndexLen()):
    for what, fn in (("bool", bool), ("len", len)):
        try:
            print(type(obj).__name__, what, fn(obj))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(obj).__name__, what, type(e).__name__ + ":", e)


# __bool__ = None makes truth testing fail.
class NoTruth:
    __bool__ = None


try:
    bool(NoTruth())
except TypeError as e:
    print("TypeError:", e)
try:
    if NoTruth():
        pass
except TypeError as e:
    print("TypeError:", e)


# `and`/`or` return operands; `not` calls __bool__ once.
class Loud:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print(f"  bool({self.v})")
        return self.v

    def __repr__(self):
        return f"Loud({self.v})"


print(Loud(False) or Loud(True))
print(Loud(True) and Loud(False))
print(not Loud(True))
print([x for x in (Loud(True), Loud(False)) if x])
print(all([Loud(True), Loud(False), Loud(True)]), any([Loud(False), Loud(True)]))
while Loud(False):
    pass
print(Loud(True) if Loud(False) else "else branch")

# Builtins' truth.
print([bool(v) for v in (0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, ..., NotImplemented.__class__ is type(NotImplemented))])
print([bool(v) for v in (-1, 0.1, " ", [0], (None,), {0: 0}, range(1), frozenset({0}))])
# len() of a class with __len__ defined only on the instance isn't used.
p = Plain()
p.__len__ = lambda: 5
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
print(bool(p))
