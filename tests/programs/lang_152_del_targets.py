# del of every target kind: names, attributes, subscripts, slices, tuples/lists of targets.
class Bag:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("  __delattr__", name)
        super().__delattr__(name)


class Store:
    def __init__(self):
        self.data = {}

    def __setitem__(self, k, v):
        self.data[repr(k)] = v

    def __delitem__(self, k):
        print("  __delitem__", k)
        del self.data[repr(k)]


x, y, z = 1, 2, 3
del x
print("x" in globals(), y)
del (y, z)
print("y" in globals(), "z" in globals())
p, q = 5, 6
del [p, q]
print("p" in globals())
bag = Bag()
del bag.a
print(vars(bag))
try:
    del bag.missing
except AttributeError as e:
    print("AttributeError", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"k": 1, "j": 2, (1, 2): 3}
del d["k"], d[1, 2]
print(d)
s = Store()
s["a"] = 1
s[1:2] = "slice"
del s["a"], s[1:2]
print(s.data)
nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)
obj = Bag()
del obj.a, obj.b
print(vars(obj))


def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"


print(local_del())
try:
    del undefined_global
except NameError as e:
    print("NameError", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError", e)
for i in range(3):
    pass
del i
print("i" in globals())
with open(__file__) as fh:
    pass
del fh
try:
    raise ValueError("x")
except ValueError as err:
    pass
print("err" in globals())
for src in ["del f()", "del a + b", "del (a, 1)", "del *a", "del [a, [b, c.d]]"]:
    try:
        compile(src, "<del>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
