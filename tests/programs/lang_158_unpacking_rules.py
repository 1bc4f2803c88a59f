# Unpacking: starred targets, nested targets, in for loops and calls, and the error messages.
first, *middle, last = range(6)
print(first, middle, last)
(a, b), [c, *d] = "xy", (1, 2, 3)
print(a, b, c, d)
*init, tail = "abc"
print(init, tail)
for i, (name, *scores) in enumerate([("ann", 1, 2), ("bo", 3)]):
    print(i, name, scores)
head, *_ = [10]
print(head, _)
print(*[1, 2], *"ab", sep="|")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(2), *(5,)], {*"aa", *"b"} == {"a", "b"})


def f(p, q, *args, r=0, **kw):
    return p, q, args, r, kw


print(f(*[1, 2, 3], **{"r": 4, "s": 5}))
print(f(1, *(2,), *[3, 4], r=5, **{"t": 6}, **{"u": 7}))
cases = ["x, y = 1, 2, 3", "x, y, z = 1, 2", "x, *y, z = [1]", "a, b = 5", "(a, b), c = [1, 2], 3",
         "a, = []", "x, y = {'k': 1}"]
for src in cases:
    try:
        exec(src, {})
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in ["f(1, 2, p=3)", "f(**{'p': 1}, **{'p': 2})", "f(1, 2, **{1: 2})", "f(*5)", "f(**[1])",
             "f(1)"]:
    try:
        eval(call, {"f": f})
    except TypeError as e:
        print("TypeError", e)
for src in ["*a = [1]", "a, *b, *c = x", "*a, = [1, 2]", "[*a] = 'hi'", "print(*)"]:
    try:
        ns = {}
        exec(compile(src, "<u>", "exec"), ns)
        print("ok", src, ns.get("a"))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
x = [1, 2, 3]
x[0], x[1:] = "only", ["rest"]
print(x)
d = {}
d["k"], d["j"] = d["j"], d["k"] = 1, 2
print(d)
