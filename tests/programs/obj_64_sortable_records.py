# Records with __eq__/__hash__/__lt__, sorted, used in sets and dicts.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.2.10", "1.2.9", "0.9", "1.10", "1.2.9", "2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(len(set(vs)))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"))
print(Version("1.0") < Version("1.0.0"), Version("2") >= Version("1.9"))
print(Version("1") > Version("0.1"))
counts = {}
for v in vs:
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()))
print(Version("1") == "1", Version("1") != "1")
try:
    Version("1") < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Version("1"), 3])
except TypeError as e:
    print(type(e).__name__, e)


class Unhashable:
    def __eq__(self, other):
        return True


try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
print(Unhashable.__hash__)


class Child(Version):
    pass


print(Child.__hash__ is Version.__hash__)
print(sorted([Child("3"), Version("2"), Child("1")]))


class EqOnlyChild(Version):
    def __eq__(self, other):
        return False


print(EqOnlyChild.__hash__)
try:
    hash(EqOnlyChild("1"))
except TypeError as e:
    print(type(e).__name__, e)
