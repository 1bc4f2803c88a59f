# __eq__ and __hash__: defining __eq__ disables hashing; __hash__ = None;
# inheritance of the two.
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x


print(P.__hash__, P.__dict__["__hash__"])
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1): 1}
except TypeError as e:
    print("TypeError:", e)


class HP(P):
    def __hash__(self):
        return hash(self.x)


print(len({HP(1), HP(1), HP(2)}), HP(3) in {HP(3)})


class Inherit(HP):
    pass


print(hash(Inherit(5)) == hash(5))


class ReEq(HP):
    def __eq__(self, other):
        return False


try:
    hash(ReEq(1))
except TypeError as e:
    print("TypeError:", e)


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__, HP.__hash__ is not None, P.__hash__)


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)


class BoolHash:
    def __hash__(self):
        return True


print(hash(BoolHash()))


class IntSubHash:
    class H(int):
        pass

    def __hash__(self):
        return self.H(7)


print(hash(IntSubHash()), type(hash(IntSubHash())).__name__)

# Default identity hash is stable and consistent with ==.
o = object()
print(hash(o) == hash(o), o == o, hash(o) == id(o) >> 4 or True)

# Mutable builtins are unhashable; tuples hash by content.
for v in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1})) == hash(frozenset([1])))
print(hash(-1), hash(-2), hash(0.0) == hash(0) == hash(False), hash(1.5) == hash(1.5))


# Dict keys: hash equal but not eq -> distinct; eq and hash equal -> same.
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self.name == other.name

    def __repr__(self):
        return self.name


d = {K("a", 1): 1, K("b", 1): 2, K("a", 1): 3}
print(d)
