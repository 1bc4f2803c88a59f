# exec/eval edge cases: function code objects, generators, __import__ lookup,
# NUL bytes, recursion through eval, threads.
def g():
    yield 1
    yield 2
print(exec(g.__code__), list(eval(g.__code__)))
def withargs(a, b):
    return a
for run in (eval, exec):
    try:
        run(withargs.__code__)
    except TypeError as e:
        print(type(e).__name__, e)
def no_args():
    x = "fast local"
    return x, "x" in globals()
print(eval(no_args.__code__, {"x": "global"}))
def gen_locals():
    a = 1
    exec("b = 2")
    yield sorted(locals())
    yield locals().get("b")
print(list(gen_locals()))
print([sorted(locals()) for x in range(1)])
print((lambda q: sorted(locals()))(1))
def rec(n):
    return eval("rec(n - 1) + 1") if n else 0
print(rec(30))
def deep(n):
    return eval("deep(n + 1)")
try:
    deep(0)
except RecursionError:
    print("RecursionError")
for src in ["\0", "x = 1\0", b"1\0"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset, e.text)
try:
    exec("import sys", {"__builtins__": {}})
except ImportError as e:
    print(type(e).__name__, e)
seen = []
def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return "module " + name
ns = {"__builtins__": {"__import__": fake_import}}
exec("import os.path\nfrom json import loads, dumps\nres = (os, loads)", ns)
print(seen, ns["res"])
import threading
out = []
t = threading.Thread(target=lambda: out.append(eval("sum(range(10))")))
t.start(); t.join()
t = threading.Thread(target=exec, args=("out.append(len(out))", {"out": out}))
t.start(); t.join()
print(out)
code = compile("total = 0\nfor i in range(1000):\n    total += i\n", "<shared>", "exec")
results = []
def worker():
    ns = {}
    exec(code, ns)
    results.append(ns["total"])
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
print(eval("1", {}, {}), eval("__builtins__", {"__builtins__": 5}))
