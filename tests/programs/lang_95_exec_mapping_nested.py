# Mapping locals with nested exec/eval, locals(), vars() and dir() inside the executed code.
class Box:
    def __init__(self, **kw):
        self.d = dict(kw)
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def keys(self):
        return self.d.keys()
b = Box(a=1)
exec("""
same = locals() is box
names = dir()
v = vars() is box
inner = eval("a + 1")
exec("deep = a * 10")
""", {"box": b}, b)
print(b.d["same"], b.d["names"], b.d["v"], b.d["inner"], b.d.get("deep"))
g = {"box": b}
print(eval("locals() is box", g, b), eval("sorted(dir())", g, b)[:3])
