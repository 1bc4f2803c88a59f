# Chained comparisons, slicing with steps, slice assignment and deletion.
calls = []


def v(x):
    calls.append(x)
    return x


print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
print(1 < 2 > 0 <= 0 >= -1, 1 in [1] in [[1]], "a" < "b" < "ba" < "c")
x = 5
print(0 <= x < 10, not 0 < x < 5, 3 < x != 5)

s = list(range(10))
print(s[2:8:2], s[::-1], s[-3:], s[:-7], s[8:2:-2], s[100:], s[-100:2], s[::3])
text = "Hello, World"
print(text[::-1], text[7:], text[:5].lower(), text[1::2], text[-5:-1])
t = tuple(s)
print(t[1:4], t[::-4], type(t[1:2]).__name__)
sl = slice(1, None, 3)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(10), slice(None, None, -1).indices(5))

s[2:5] = ["a", "b"]
print(s)
s[::2] = [0] * len(s[::2])
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
s[len(s):] = [99, 100]
s[:0] = ["start"]
print(s)
del s[1:3]
del s[::3]
print(s)
del s[-1]
print(s)

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[1] for row in grid], [grid[i][i] for i in range(3)], grid[::-1][0][::-1])
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
obj = type("O", (), {})()
obj.attr = 1
obj.other = 2
del obj.attr
print(sorted(vars(obj)))
a, b, c = 1, 2, 3
del a, (b, c)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    ("a", "b")[0] = "c"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del text[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
print("abcdef"[1:-1:2], b"bytes"[1:3], bytearray(b"xyz")[::-1], range(10)[2:8:3])
