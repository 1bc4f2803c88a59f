# exec/eval scoping: comprehensions and lambdas inside exec'd code cannot see its locals mapping.
g = {"G": "global"}
l = {"L": "local"}
print(eval("G + L", g, l))
print(eval("[G for _ in range(2)]", g, l))
try:
    eval("[L for _ in range(2)]", g, l)
except NameError as e:
    print("NameError", e)
print(eval("[x for x in L]", g, l))
try:
    eval("(lambda: L)()", g, l)
except NameError as e:
    print("NameError", e)
exec("def fn():\n    return G\nresult = fn()", g, l)
print(l["result"], "fn" in l, "fn" in g)
exec("global GG\nGG = 1\nLL = 2", g, l)
print(g.get("GG"), l.get("LL"), "LL" in g)
src = """
total = 0
for i in range(4):
    total += i
squares = {i: i * i for i in range(3)}
"""
ns = {}
exec(src, ns)
print(ns["total"], ns["squares"], ns["i"], sorted(k for k in ns if k != "__builtins__"))


def runner():
    local_var = "in function"
    exec("local_var = 'changed'\nnew_name = 1")
    return local_var, "new_name" in locals(), locals().get("new_name")


print(runner())


def with_explicit():
    scope = {"local_var": 1}
    exec("local_var += 10", globals(), scope)
    return scope["local_var"]


print(with_explicit())
print(eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
b = {}
exec("x = 1", b)
print(type(b["__builtins__"]).__name__ in ("dict", "module"), sorted(b)[:2])
print(eval("locals() == globals()", {}), eval("sorted(locals())", {}, {"a": 1}))
code = compile("nonlocal_name", "<c>", "eval")
for mapping in [{"nonlocal_name": 1}, {"nonlocal_name": "two"}]:
    print(eval(code, {}, mapping))
try:
    exec("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("yield 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("await x")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("  1 + 1"), eval("\t2"), eval("3\n\n"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
