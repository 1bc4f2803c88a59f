# del of every target kind: names, attributes, items, slices, tuples, globals, locals.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

a, b, c = 1, 2, 3
del a, (b, c)
print([n for n in ("a", "b", "c") if n in globals()])

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)

d = {"k": 1, "j": 2, (1, 2): 3}
del d["k"], d[1, 2]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)

class Obj:
    cls_attr = "c"
o = Obj()
o.attr = 5
del o.attr
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))

class Tracked:
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)
t = Tracked()
del t[1], t["a":"b"], t[1, 2]
del t.anything

def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())

def del_twice():
    w = 1
    del w
    try:
        del w
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_twice())

def del_global():
    global gv
    del gv
gv = 1
del_global()
print("gv" in globals())

nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)

s = "immutable"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
tu = (1, 2)
try:
    del tu[0]
except TypeError as e:
    print("TypeError:", e)

for i in range(3):
    pass
del i
print("i" in globals())

[p, q] = [1, 2]
del [p, q]
print("p" in globals(), "q" in globals())

class WithSlots:
    __slots__ = ("s",)
ws = WithSlots()
ws.s = 1
del ws.s
try:
    ws.s
except AttributeError as e:
    print("AttributeError:", e)

try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
