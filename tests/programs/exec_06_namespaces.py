# exec/eval namespaces: globals vs locals, function globals, builtins injection, nested exec.
g = {}
exec("a = 1\ndef f():\n    return a + 1\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["f"](), "__builtins__" in g)
l = {}
exec("b = 2\nc = b * 3", g, l)
print(sorted(l), "b" in g)
print(eval("a + b + c", g, l))
def func():
    x = 10
    return eval("x * 2"), eval("x", {"x": 99}), eval("x", {}, {"x": 7})
print(func())
ns = {"__builtins__": {"len": lambda s: 42}}
print(eval("len('abc')", ns))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
code = compile("y = k * 2", "<c>", "exec")
for k in range(3):
    d = {"k": k}
    exec(code, d)
    print(d["y"], end=" ")
print()
exec("exec('inner = 5')", g)
print(g["inner"])
def closure():
    v = 1
    exec("v = 2")
    return v
print(closure())
print(eval("(lambda: q)()", {"q": "lambda sees globals"}))
print(eval("[m for m in range(n)]", {"n": 3}))
class Ns(dict):
    def __missing__(self, key):
        return key.upper()
print(eval("hello + world", {}, Ns()))
