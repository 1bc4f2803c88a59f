# Slicing of lists, tuples, strings and ranges: all forms, negative indices/steps, out of range, slice assignment/deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2], a[::2], a[1::2], a[::3])
print(a[::-1], a[8:2:-1], a[-1:-4:-1], a[:3:-1], a[3::-1], a[::-2], a[-2::-3])
print(a[5:2], a[100:], a[-100:2], a[3:100], a[100:-100:-1], a[2:2], a[-1:0:-4])
print(a[-11:-9], a[9:-100:-3], a[0:10:100], a[::-100])
t = tuple(a)
print(t[1:4], t[::-3], t[5:], type(t[1:3]).__name__)
s = "abcdefghij"
print(s[2:5], s[::-1], s[-3:], s[::3], s[7:1:-2], s[10:], s[-20:-8])
r = range(0, 20, 2)
print(r[2:5], list(r[2:5]), list(r[::-1]), list(r[-3:]), r[3], r[-1])
b = list(range(8))
b[2:4] = ["x", "y", "z"]
print(b)
b[1:1] = [100, 200]
print(b)
b[-2:] = []
print(b)
b[::2] = [0] * len(b[::2])
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
c[:] = "hey"
print(c)
try:
    d = [1, 2, 3, 4]
    d[::2] = [9]
except ValueError as e:
    print("ValueError:", e)
try:
    print(a[::0])
except ValueError as e:
    print("ValueError:", e)
copy = a[:]
copy.append(99)
print(len(a), len(copy), copy is a, copy[:-1] == a)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [row[::-1] for row in m[::-1]], m[1][1:], m[-1][-1])
i, j = 2, 7
print(a[i:j], a[i:j:2], a[j:i:-2], a[-j:-i], s[i:j].upper())
