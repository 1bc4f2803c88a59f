# exec and eval with explicit global/local namespaces.
ns = {}
exec("x = 10\ny = x * 2\ndef f(a):\n    return a + x + y", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](1), "__builtins__" in ns)

loc = {}
glb = {"base": 100}
exec("z = base + 1\nw = [base * i for i in range(3)]", glb, loc)
print(sorted(loc.items()), "z" in glb)
try:
    exec("q = 2\nr = [q * i for i in range(3)]", {}, {})
except NameError as e:
    print(type(e).__name__, e)

print(eval("a * b + c", {"a": 2, "b": 3}, {"c": 4}))
print(eval("[n ** 2 for n in range(k)]", {"k": 5}))
print(eval("len(s)", {"s": "hello"}))
try:
    eval("len(s)", {"__builtins__": {}, "s": "x"})
except NameError as e:
    print(type(e).__name__, e)
print(eval("abs(v)", {"__builtins__": {"abs": abs}, "v": -3}))

code = compile("total = sum(values)\nresult = total / len(values)", "<calc>", "exec")
env = {"values": [1, 2, 3, 4]}
exec(code, env)
print(env["total"], env["result"], code.co_filename, type(code).__name__)
expr = compile("p + q", "<expr>", "eval")
print([eval(expr, {"p": i, "q": i * i}) for i in range(4)])

for bad in ["1 +", "def", "x = = 1", "(1, 2"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

try:
    exec("raise ValueError('from exec')", {})
except ValueError as e:
    print(type(e).__name__, e)


def in_function():
    y = 5
    exec("y = 99\nnew = 1")
    return y, "new" in locals()


print(in_function())


class Namespace(dict):
    def __missing__(self, key):
        return f"<{key}>"


print(eval("greeting + ' ' + name", {}, Namespace(greeting="hi")))
src = """
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(i, -i) for i in range(3)]
"""
mod = {"__name__": "fake_module"}
exec(src, mod)
print(mod["pts"], mod["Point"].__module__, mod["Point"].__qualname__)
print(eval("__name__", mod), __name__)
print(eval("(lambda q: q * factor)(3)", {"factor": 7}))
