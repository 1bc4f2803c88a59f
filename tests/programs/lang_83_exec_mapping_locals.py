# exec/eval with a locals mapping that is not a dict: names go through __getitem__/__setitem__/__delitem__.
class UserDict:
    def __init__(self, **kw): self.data = dict(kw)
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def keys(self): return self.data.keys()
    def items(self): return self.data.items()
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k); return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v); self.d[k] = v
    def __delitem__(self, k):
        print("del", k); del self.d[k]
    def keys(self): return self.d.keys()
m = M()
exec("x = 1\ny = x + 1\ndel x\nprint(len)", {}, m)
print(m.d)
print(eval("y * 10", {}, m))
try:
    eval("zz", {}, m)
except NameError as e:
    print(e)
try:
    exec("del nope", {}, m)
except NameError as e:
    print(e)
u = UserDict(a=5)
exec("b = a + 1", {}, u)
print(sorted(u.items()))
print(eval("locals() is u2", {"u2": u}, u))
exec("r = sorted(dir())", {}, u)
print(u["r"])
for g, l in [(5, None), ({}, 5), (UserDict(), None)]:
    for f in (eval, exec):
        try:
            f("1", g, l)
        except TypeError as e:
            print(f.__name__, e)

# Definitions made by the code land in the mapping; functions see the globals.
g = {"base": 100}
ns = UserDict()
exec("""
def f(x):
    return x + base
class C:
    attr = 7
    def m(self):
        return "method"
squares = [i * i for i in range(4)]
global gv
gv = "global"
""", g, ns)
print(sorted(ns.keys()), g["gv"])
print(ns["f"](1), ns["C"].attr, ns["C"]().m(), ns["squares"])
print(eval("f(2) + C.attr", g, ns))
print(eval("[k for k in ('f', 'C')]", g, ns))
# A mapping whose __getitem__ computes values.
class Computed:
    def __getitem__(self, k):
        if k.startswith("n"):
            return int(k[1:])
        raise KeyError(k)
print(eval("n3 + n4 * 2", {}, Computed()))
try:
    eval("other", {}, Computed())
except NameError as e:
    print("NameError:", e)
# A __getitem__ raising something other than KeyError propagates.
class Broken:
    def __getitem__(self, k):
        raise ValueError("broken " + k)
try:
    eval("q", {}, Broken())
except ValueError as e:
    print("ValueError:", e)
