# exec/eval with custom globals and locals mappings: lookups, annotations, import *, class bodies.
class LoggingLocals(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)


ns = LoggingLocals()
exec("a = 1\nb = a + 1\nc = b * 10\ndel a", {}, ns)
print(sorted(ns), ns.log)


class Defaulting:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if key.startswith("undefined"):
            return f"<{key}>"
        raise KeyError(key)


env = Defaulting({"x": 5})
print(eval("x + 1", {}, env), eval("undefined_name", {}, env), eval("len('abc')", {}, env))


class ChainLocals:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        del self.maps[0][key]

    def __iter__(self):
        return iter(set().union(*self.maps))

    def __len__(self):
        return len(set().union(*self.maps))

    def keys(self):
        return list(self)


base = {"greeting": "hi", "n": 2}
chain = ChainLocals({}, base)
exec("message = greeting * n\ndel_me = 1\ndel del_me", {}, chain)
print(chain.maps[0], base)
exec("from math import *", {}, chain)
print("sqrt" in chain.maps[0], chain["pi"] > 3, "__name__" in chain.maps[0])
g = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", g))
try:
    eval("print('no print')", g)
except NameError as e:
    print("NameError", e)
exec("class K:\n    attr = outer_value * 2\n    def m(self): return attr_name", {"outer_value": 21, "attr_name": "from globals"}, loc := {})
print(loc["K"].attr, loc["K"]().m())
exec("def f():\n    return hidden\nresult_before = 1", glob := {"hidden": "g"}, loc2 := {"hidden": "l"})
print(loc2["f"](), "f" in glob, sorted(k for k in loc2))
code = compile("total = sum(values)", "<agg>", "exec")
for vals in ([1, 2], [10, 20, 30]):
    scope = {"values": vals}
    exec(code, scope)
    print(scope["total"], "__builtins__" in scope)
try:
    exec("x = 1", {}, [])
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError", e)
print(eval("locals() is loc3", {}, loc3 := {"loc3": None}) if False else eval("sorted(locals())", {}, {"q": 1}))
