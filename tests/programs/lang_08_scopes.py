# global and nonlocal: rebinding, nested functions, class bodies, errors.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "inner"
    inner()
    return x
print(outer())
def counter_factory():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get())
def three_levels():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner()
    mid()
    return a
print(three_levels())
x = "module"
class K:
    x = "class"
    def meth(self):
        return x
    y = [x for _ in range(1)]
print(K().meth(), K.y)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def unbound_free():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
    return inner()
print(unbound_free())
try:
    print(no_such_name)
except NameError as e:
    print(type(e).__name__, e)
for src in ["def f():\n    global q\n    q = 1\n    nonlocal q\n", "nonlocal z\n", "def f():\n    nonlocal z\n",
            "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def del_global():
    global counter
    del counter
del_global()
print("counter" in globals())
def shadow(len=len):
    return len("abc")
print(shadow())
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
