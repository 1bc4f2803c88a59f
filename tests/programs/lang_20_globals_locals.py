# globals(), locals(), vars(), dir() in different scopes.
module_level = 1
print("module_level" in globals(), globals() is globals(), locals() is globals())
globals()["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    snapshot = locals()
    y = 2
    return sorted(snapshot), sorted(locals())
print(g())
def free_vars():
    outer_v = "o"
    def inner():
        return sorted(locals().items()), outer_v
    return inner()
print(free_vars())
class K:
    a = 1
    b = a + 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names, K.b)
class Obj:
    def __init__(self):
        self.x = 1
        self.y = "two"
o = Obj()
print(sorted(vars(o).items()), vars(o) is o.__dict__)
vars(o)["z"] = 3
print(o.z)
print(sorted(k for k in vars(K) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(o, 1)
except TypeError as e:
    print(type(e).__name__, e)
def no_args():
    q = 7
    return sorted(vars().items())
print(no_args())
def d():
    local1 = 1
    local2 = 2
    return dir()
print(d())
print([n for n in dir(o) if not n.startswith("__")])
print("x" in dir(o), "__init__" in dir(Obj))
print(type(globals()).__name__, globals()["__name__"])
def modify_locals():
    m = 1
    locals()["m"] = 99
    return m
print(modify_locals())
print(sorted(k for k in dir() if not k.startswith("_"))[:5])
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
