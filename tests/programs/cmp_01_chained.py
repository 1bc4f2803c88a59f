# Chained comparisons: each operand evaluated once, short-circuit, mixed operators, cross-type numeric equality.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(5), calls)
calls.clear()
print(v(1) == v(1) != v(2) == v(2), calls)
calls.clear()
print(v(5) > v(4) >= v(4) > v(9) > v(0), calls)
print(1 < 2.5 < 3, 2 == 2.0 == True + 1, 0 == False, 1 == True, "1" == 1, 1.0 == 1 == True)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), [] < [0], (2,) > (1, 9, 9))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc", "" < "a", "a" < "B")
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1}, [1, 2] != (1, 2))
x = 5
print(0 < x < 10, 0 < x > 3, 10 > x > 5, x == 5 == x, 1 < x in [5, 6], x in [5] in [[5]])
print(1 < 2 > 1 < 2 > 1, 3 >= 3 <= 3, -1 < 0 < 1 < 2 < 3 < 4 < 5)
def between(lo, val, hi):
    return lo <= val <= hi
print([between(1, n, 3) for n in range(5)])
print(2 ** 64 > 2 ** 63 > -(2 ** 70) < 0.5, 10 ** 20 == 1e20, 2 ** 53 + 1 > 2.0 ** 53, 0.1 + 0.2 > 0.3)
print(float("inf") > 2 ** 1000, float("nan") == float("nan"), float("nan") != float("nan"))
a = [3, 1]
b = a
print(a is b is a, a == b == [3, 1], a is not [3, 1], None is None is None)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < [1, "x"] < [2], [1, 2] < [1, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} < {1, 2}, {1: 1} < {2: 2})
except TypeError as e:
    print("TypeError:", e)
r = 0 if 1 < 2 < 3 else 1
print(r, not 1 < 2 < 3, (1 < 2) < 3, 1 < (2 < 3))
