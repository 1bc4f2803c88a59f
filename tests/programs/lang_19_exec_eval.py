# exec/eval/compile with explicit globals and locals.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", g)
print(g["a"], g["b"], g["f"](1), "__builtins__" in g)
loc = {}
exec("x = 10\ny = x + 1", {}, loc)
print(sorted(loc.items()))
code = compile("z * z", "<expr>", "eval")
print(type(code).__name__, eval(code, {"z": 7}), code.co_filename)
code2 = compile("for i in range(3): total += i", "<loop>", "exec")
ns = {"total": 100}
exec(code2, ns)
print(ns["total"])
single = compile("40 + 2", "<single>", "single")
exec(single)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("1", "<s>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('inside exec')")
except KeyError as e:
    print("propagated", repr(e))
def in_func():
    local_var = 3
    return eval("local_var * 2")
print(in_func())
def exec_no_write():
    v = 1
    exec("v = 2")
    return v
print(exec_no_write())
class Lookup(dict):
    def __missing__(self, key):
        return "<%s>" % key
print(eval("who + '!'", {}, Lookup()))
print(eval("[i * i for i in range(n)]", {"n": 4}))
shared = {"count": 0}
exec("def inc():\n    global count\n    count += 1\ninc(); inc()", shared)
print(shared["count"])
print(eval(" 3 "), eval("\n4\n".strip()))
print(eval(b"5 + 5"))
print(exec("1 + 1"))
print(eval("(lambda q: q ** 2)(9)"))
src = "def gen():\n    yield from range(3)\nresult = list(gen())"
ns2 = {}
exec(src, ns2)
print(ns2["result"])
print(eval(compile("a.b", "<attr>", "eval"), {"a": type("A", (), {"b": "attr-b"})}))
try:
    exec("import sys; print(sys.nonexistent)")
except AttributeError as e:
    print(type(e).__name__, e)
