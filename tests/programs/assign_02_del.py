# del statement: names, list items and slices, dict keys, attributes; NameError after del; pass statements.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d, "b" in d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class Thing:
    def __init__(self):
        self.p = 1
        self.q = 2
t = Thing()
del t.p
print(hasattr(t, "p"), hasattr(t, "q"))
try:
    del t.p
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
m, n = 1, 2
del m, n
try:
    m
except NameError as e:
    print("NameError:", e)
nested = [[1, 2, 3], [4, 5, 6]]
del nested[0][1]
del nested[1]
print(nested)
try:
    del nested[5]
except IndexError as e:
    print("IndexError:", e)
def f():
    local = 1
    del local
    try:
        return local
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
class Empty:
    pass
def noop():
    pass
for i in range(2):
    pass
print(noop(), type(Empty()).__name__, i)
lst = [1, 2, 3]
alias = lst
del lst
print(alias)
g = 5
def del_global():
    global g
    del g
del_global()
try:
    print(g)
except NameError as e:
    print("NameError:", e)
keys = {i: i * i for i in range(6)}
for k in [1, 3, 5]:
    del keys[k]
keys[1] = "back"
print(keys)
