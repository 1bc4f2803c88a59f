# del, augmented assignment on attributes/subscripts, boolean operators returning operands, conditional expressions.
class Obj:
    pass
o = Obj()
o.n = 1
o.n += 5
o.n *= 2
print(o.n)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] **= 2
lst += [4]
lst *= 2
print(lst)
d = {"a": [1]}
d["a"] += [2]
d["a"].append(3)
d.setdefault("b", 0)
d["b"] -= 1
print(d)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t)
s = "ab"
s += "cd"
s *= 2
print(s)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x ^= 0b11; print(x)
x &= 6; print(x)
try:
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
print(0 or "" or [] or "last", 1 and "two" and 3, None and 1, 5 or 0, [] and 1)
print(not 0, not "x", not [] == [])
a = [1, 2, 3, 4, 5]
del a[1]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
dd = {"k": 1, "j": 2}
del dd["k"]
print(dd)
try:
    del dd["missing"]
except KeyError as e:
    print(type(e).__name__, e)
del o.n
print(hasattr(o, "n"))
try:
    del o.n
except AttributeError as e:
    print(type(e).__name__, e)
v1 = v2 = [0]
v1.append(1)
print(v2, v1 is v2)
y = 5
del y
try:
    y
except NameError as e:
    print(type(e).__name__, e)
i, j = 1, 2
i, j = j, i
print(i, j)
p = [0, 1, 2]
idx = 0
idx, p[idx] = 1, "x"
print(idx, p)
r = "yes" if [] else "no" if 0 else "maybe"
print(r)
print((lambda: (yield))().__class__.__name__, 3 if True else 1 / 0)
def f():
    pass
del f
print("f" in globals())
try:
    del (a, b)
except NameError as e:
    print(type(e).__name__, e)
