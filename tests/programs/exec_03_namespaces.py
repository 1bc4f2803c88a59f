# exec/eval: default and explicit namespaces, __builtins__, name resolution, errors.
g = {}
exec("a = 1", g)
print(sorted(g), g["__builtins__"] is __builtins__)
g2 = {"__builtins__": {"len": len}}
print(eval("len('four')", g2))
try:
    eval("abs(-1)", g2)
except NameError as e:
    print("NameError", e)
import builtins
g3 = {"__builtins__": builtins}
exec("r = abs(-3)", g3)
print(g3["r"])
# LOAD_NAME: locals, then globals, then builtins
gl = {"x": "global-x", "y": "global-y"}
lo = {"x": "local-x"}
print(eval("(x, y, len)", gl, lo) [:2])
exec("z = x + '!'", gl, lo)
print(lo["z"], "z" in gl)
exec("del x", gl, lo)
print("x" in lo, gl["x"])
try:
    exec("del nothere", gl, lo)
except NameError as e:
    print("NameError", e)
# functions defined in exec'd code use the exec globals, not the locals
exec("counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter", gl, lo)
print("bump" in lo, "counter" in lo, "counter" in gl)
gl["counter"] = 10
print(lo["bump"](), gl["counter"])
exec("def reads():\n    return y", gl, lo)
print(lo["reads"]())
# class bodies inside exec
ns = {}
exec("class C:\n    v = 3\n    def m(self):\n        return self.v * 2\nres = C().m()", ns)
print(ns["res"], ns["C"].__module__ if "__name__" in ns else "no __name__", ns["C"].__qualname__)
ns = {"__name__": "fake_mod"}
exec("class D: pass", ns)
print(ns["D"].__module__)
# default namespaces at module level
exec("made_at_module = 42")
print(made_at_module)
print(eval("made_at_module + 1"))
# default namespaces inside a function: reads see locals, writes go to the snapshot
def func(arg):
    local = arg * 2
    print(eval("local + arg"))
    exec("local = 0; fresh = 'new'")
    print(local, "fresh" in locals(), locals().get("fresh"))
    return local
print(func(5))
def func2():
    exec("import sys as m2")
    return "m2" in locals()
print(func2())
# closures seen by eval through locals()
def outer():
    captured = "cap"
    def inner():
        return eval("captured")
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
print(outer())
def outer2():
    captured = "cap2"
    def inner():
        captured
        return eval("captured")
    return inner()
print(outer2())
# leading whitespace is stripped by eval only
print(eval("  \t 7"))
try:
    exec("  x = 1")
except IndentationError as e:
    print(type(e).__name__, e.msg)
# exec returns None; eval of an exec-mode code returns None
print(exec("1"), eval(compile("1", "s", "exec")))
# bytes source
print(eval(b"2 ** 10"))
exec(b"bval = '\xc3\xa9'", g)
print(g["bval"])
# errors
for call in [
    lambda: exec(),
    lambda: exec(5),
    lambda: exec("1", [], {}),
    lambda: exec("1", {}, 5),
    lambda: exec("1", None, 5),
    lambda: exec("1", {}, {}, {}),
    lambda: exec("1", globals={}),
    lambda: eval(),
    lambda: eval(5),
    lambda: eval(None),
    lambda: eval("1", []),
    lambda: eval("1", 5),
    lambda: eval("1", {}, 5),
    lambda: eval("1", {}, {}, {}),
    lambda: eval("1", globals={}),
    lambda: eval(""),
    lambda: eval("x =", {}),
]:
    try:
        call()
        print("no error")
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
def has_free():
    v = 1
    def f():
        return v
    return f
try:
    exec(has_free().__code__)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval(has_free().__code__)
except TypeError as e:
    print(type(e).__name__, e)
def plain():
    return "plain result"
print(eval(plain.__code__))
# exceptions propagate out of exec with the right line
try:
    exec("a = 1\nb = 2\nraise ValueError('line three')")
except ValueError as e:
    print(repr(e))
# nested exec/eval
print(eval("eval('1 + 1') + eval('2')"))
exec("exec('nested = 5', globals())")
print(nested)
# dict subclass as locals: __missing__ and __setitem__ are honoured
class Tracking(dict):
    def __missing__(self, key):
        return "missing:" + key
print(eval("some_name", {}, Tracking()))
class Logging(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
lg = Logging()
exec("p = 1\nq = p + 1", {}, lg)
print(sorted(lg.items()))
# comprehensions inside exec with separate locals see globals only (class-like scoping)
try:
    exec("vals = [w for w in range(3)]\nres = [w + k for w in range(2)]", {"k": 10}, {})
    print("ok")
except NameError as e:
    print("NameError", e)
loc = {"k": 1}
try:
    exec("res = [w + k for w in range(2)]", {}, loc)
except NameError as e:
    print("NameError", e)
