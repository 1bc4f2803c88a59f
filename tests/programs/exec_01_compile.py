# compile(): modes, argument checking, code object attributes, SyntaxError details.
c = compile("a + b", "<expr>", "eval")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno, sorted(c.co_names))
print(eval(c, {"a": 1, "b": 2}))
m = compile("x = 1\ny = x + 1\n", "mod.py", "exec")
print(m.co_name, m.co_filename, sorted(m.co_names), m.co_flags)
ns = {}
print(exec(m, ns), ns["y"])
print(eval(m, {}))
def f(p, q=1, *a, k, **kw):
    r = p
    return r
fc = f.__code__
print(fc.co_name, fc.co_argcount, fc.co_kwonlyargcount, fc.co_posonlyargcount, fc.co_varnames, fc.co_flags)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer().__code__.co_flags)
print(compile("1", "s", "exec", 0, True, 2) is not None)
print(compile(source="1", filename="s", mode="eval", flags=0, dont_inherit=False, optimize=-1).co_filename)
print(compile(b"'bytes source'", b"bname", "eval").co_filename, eval(compile(b"'bytes source'", "f", "eval")))
print(compile("\xe9 = 1", "s", "exec").co_names)
for args, kw in [
    ((), {}),
    (("1",), {}),
    (("1", "s"), {}),
    (("1", "s", "bogus"), {}),
    (("1", "s", 5), {}),
    ((5, "s", "exec"), {}),
    ((["x"], "s", "exec"), {}),
    (("1", 3.5, "exec"), {}),
    (("1", "s", "exec", "x"), {}),
    (("1", "s", "exec", 8), {}),
    (("1", "s", "exec", 0, 0, 7), {}),
    (("1", "s", "exec", 0, 0, 0, 0), {}),
    (("1", "s", "exec"), {"bogus": 1}),
    (("1", "s", "exec"), {"source": "2"}),
    ((c, "s", "exec"), {}),
]:
    try:
        compile(*args, **kw)
        print("ok", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for src, mode in [
    ("1 +", "eval"), ("x = 1", "eval"), ("def f(:\n  pass", "exec"), 
    ("  x = 1", "exec"), ("if x:\nprint(1)", "exec"), ("return 5", "exec"), ("break", "exec"),
    ("a=1\nb=2", "single"), ("if 1:\n  2\n3", "single"), ("x;y\nz", "single"), ("", "single"),
    ("for i in x: i", "single"), ("if 1:\n  2\n# c", "single"), ("if 1:\n  2", "single"),
    ("yield 1", "exec"), ("nonlocal q", "exec"), ("f(**a, *b)", "eval"), ("1 = x", "exec"),
]:
    try:
        compile(src, "<src>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile(b"\xff = 1", "s", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
