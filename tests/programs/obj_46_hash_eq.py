# __eq__/__hash__ interplay: defining __eq__ drops __hash__, explicit None, inheritance, hash of builtins.
class Plain:
    pass
class EqOnly:
    def __eq__(self, other):
        return True
class EqHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, EqHash) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
class NoHash:
    __hash__ = None
print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, NoHash.__hash__)
for cls in (EqOnly, NoHash):
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError:", e)
    try:
        {cls(): 1}
    except TypeError as e:
        print("TypeError:", e)
d = {EqHash(1): "one", EqHash(2): "two"}
print(d[EqHash(1)], EqHash(2) in d, len({EqHash(3), EqHash(3)}))
class Child(EqHash):
    pass
print(hash(Child(5)) == hash(5), Child(5) == EqHash(5))
class ChildEq(EqHash):
    def __eq__(self, other):
        return False
print(ChildEq.__hash__)
class Restore(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Restore())).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**20) == hash(10**20 % (2**61 - 1)))
print(hash(float("inf")), hash(float("-inf")), hash(1.5), hash(0.1) == hash(0.1))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
print(hash(None) == hash(None), hash("") == 0, hash(b"") == 0, hash(()) == hash(()))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
class Ne:
    def __eq__(self, o):
        return "maybe"
print(Ne() == 1, Ne() != 1, 1 == Ne())
