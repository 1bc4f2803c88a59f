# Chained comparisons: evaluation order, short-circuit, single evaluation of middle operands.
log = []
def v(x):
    log.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) is not v(None), log)
log.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 > 1 < 3 >= 3 <= 4 != 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2], 3])
print(2 not in [1] not in [[3]])
print(None is None is not False)
class Noisy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __bool__(self):
        print("bool", self.n)
        return True
a, b, c = Noisy(1), Noisy(2), Noisy(0)
print(a < b < c)
class Weird:
    def __lt__(self, other):
        return "truthy"
    def __gt__(self, other):
        return ""
w = Weird()
print(w < 1, w > 1)
print(w < 1 < 2, w > 1 < 2, 0 < 1 > w)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 < 0 < "a")
except TypeError as e:
    print(type(e).__name__, e)
vals = [3, 7, 12, 0, -1]
print([n for n in vals if 0 < n < 10])
def between(lo, x, hi):
    return lo <= x <= hi
print(between(1, 1, 1), between(1, 2, 1))
print((1 < 2) < 3, 1 < (2 < 3))
print(float("nan") < 1 < 2, 1 == 1.0 == True)
