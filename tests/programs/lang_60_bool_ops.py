# Boolean operators: short-circuit, value returned, truthiness protocol, chained comparisons.
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls); calls.clear()
print(t(1) and t(2), calls); calls.clear()
print(t(0) or t(""), calls); calls.clear()
print(t(3) or t(4), calls); calls.clear()
print(not t([]), not t([0]), calls); calls.clear()
print(t(None) or t(0) or t("last"), calls); calls.clear()
print(t(1) and t(0) or t("fallback"), calls); calls.clear()

class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        calls.append("bool %s" % self.v)
        return self.v
    def __repr__(self):
        return "Truth(%s)" % self.v
print(Truth(False) or Truth(True), calls); calls.clear()
print(Truth(True) and "after", calls); calls.clear()
if Truth(True) and Truth(False):
    print("no")
print(calls); calls.clear()

class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), not LenOnly(0))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2, 1 is not None is not False)
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10, calls); calls.clear()
print(10 < mid() < 1, calls); calls.clear()
print(1 > mid() < 10, calls); calls.clear()
print("a" in "abc" in "xabcx", [1] in [[1], [2]], 3 not in (1, 2))
print(bool(0.0), bool(0j), bool(""), bool(()), bool({}), bool(set()), bool(range(0)), bool(b""))
print(bool(-1), bool(0.1), bool(" "), bool((0,)), bool({0: 0}), bool(range(1)))
x = 0
y = x or 10
z = x and 10
print(y, z, [] or {} or () or "end", 5 and [] and 7)
print(True == 1, False == 0, True + True, True is 1 if False else "skip", hash(True) == hash(1))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
def side(v, log):
    log.append(v)
    return v
log = []
print(any(side(v, log) for v in [0, 0, 1, 0]), log)
log = []
print(all(side(v, log) for v in [1, 1, 0, 1]), log)
print((lambda: 0)() or "lambda falsy", not not "double")
