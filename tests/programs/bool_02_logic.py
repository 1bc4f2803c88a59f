# Truth testing and boolean logic: and/or return operands, not, any/all, chained comparisons, __bool__/__len__ protocols.
values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), {}, {0: 0}, set(), None, 0j, b"", range(0), range(3), float("nan")]
print([bool(v) for v in values])
print(0 or "default", "" or [] or 0, 1 and "yes", 0 and 1 / 0, None or None, "a" and "b" and "c", [] and 1, 5 or 1 / 0)
print(not 0, not "x", not not [], (not None) is True, not (1 and 0), any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any(iter([0, 0, 1])), all(map(bool, "abc")), sum(x > 1 for x in [1, 2, 3]))
x = 5
print(1 < x < 10, 1 < x > 3, 1 < x < 3, 1 == 1.0 == True, x is not None is not False, 3 > 2 > 1 > 0 > -1, "a" < "b" < "c" != "c")
calls = []
def probe(v):
    calls.append(v)
    return v
print(probe(0) and probe(1), probe(2) or probe(3), probe(4) < probe(5) < probe(3) < probe(9), calls)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class Sized:
    def __len__(self):
        print("len called")
        return 0
print(Flag(True) and "after", Flag(False) or "fallback", not Flag(False), bool(Sized()), "empty" if not Sized() else "full")
if Flag(True):
    print("branch taken")
while Flag(False):
    print("never")
print([v.v for v in [Flag(True), Flag(False)] if v])
class BadBool:
    def __bool__(self):
        return "yes"
class BadLen:
    def __len__(self):
        return 2**70
class NegLen:
    def __len__(self):
        return -5
for obj in [BadBool(), BadLen(), NegLen()]:
    try:
        print(bool(obj))
    except Exception as e:
        print(type(e).__name__, e)
print(True == 1, isinstance(1 == 1, bool), type(not 5).__name__, type(5 and True).__name__, (True, False) < (True, True))
print(sorted([True, 0, False, 1, -1, 2]), max(False, 0), True + True * True, [False] * 2 + [True], str(True) + str(False))
