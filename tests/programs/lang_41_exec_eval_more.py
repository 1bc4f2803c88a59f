# exec/eval/compile with explicit globals and locals; modes; builtins injection.
g = {}
exec("x = 1\ny = x + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
print(eval("x * 10 + y", g))

l = {}
exec("a = 5\nb = a * 2", {}, l)
print(l)

ns = {"n": 3}
exec("def f(k):\n    return k * n\nr = f(2)", ns)
print(ns["r"], ns["f"](4), ns["f"].__module__ if "__name__" in ns else "no __name__")

print(eval("1 + 2"), eval("  [i*i for i in range(4)]"), eval("'abc'[::-1]"))
print(eval("lambda q: q + 1")(1))

code = compile("3 ** 4", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code))
code = compile("for i in range(2): print('exec', i)", "<stmts>", "exec")
exec(code)
code = compile("1 + 1\n", "<single>", "single")
exec(code)

def scope_test():
    local_v = "local"
    return eval("local_v + '!'"), eval("len(local_v)")
print(scope_test())

def exec_cannot_rebind():
    v = 1
    exec("v = 2")
    return v
print(exec_cannot_rebind())

def exec_into_dict():
    d = {}
    exec("w = 'from exec'", globals(), d)
    return d["w"]
print(exec_into_dict())

restricted = {"__builtins__": {"len": len}}
print(eval("len('abcd')", restricted))
try:
    eval("print('x')", restricted)
except NameError as e:
    print("NameError:", e)

class DictLocals(dict):
    def __missing__(self, k):
        return "missing " + k
print(eval("[a, b]", {}, DictLocals(a=1, b=2)))

for bad in ["1 +", "x = ", "def", "return 5", "(1, 2"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

try:
    compile("1", "<m>", "badmode")
except ValueError as e:
    print("ValueError:", e)

try:
    exec(5)
except TypeError as e:
    print("TypeError:", e)

src = b"print('bytes source')"
exec(src)
print(eval(" 7 \n"))

g2 = {}
exec("import sys as _s\nmods = _s is not None", g2)
print(g2["mods"])

counter = {"c": 0}
exec("for i in range(5):\n    c += i", counter)
print(counter["c"])

res = {}
exec("class C:\n    val = 3\n    def get(self):\n        return self.val\nout = C().get()", res)
print(res["out"], res["C"].__name__, res["C"].__module__)

expr_code = compile("a + b", "<ab>", "eval")
print([eval(expr_code, {"a": i, "b": i * 10}) for i in range(3)])
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
