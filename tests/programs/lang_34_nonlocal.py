# nonlocal and global across nesting levels, class bodies and comprehensions.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset
inc, get, reset = make()
inc(); inc(); inc()
print(get())
reset()
print(get(), inc())

def class_in_func():
    value = 10
    class K:
        value = 20
        seen = value
        def meth(self):
            return value
    return K.seen, K().meth()
print(class_in_func())

def comp_scope():
    y = 3
    return [y * i for i in range(3)], {i: y for i in range(2)}
print(comp_scope())

x = "global"
def shadow():
    x = "local"
    def f():
        return x
    return f()
print(shadow())

def global_in_nested():
    def setter():
        global new_global
        new_global = "created"
    setter()
global_in_nested()
print(new_global)

def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()

def nonlocal_loop():
    fs = []
    total = 0
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
        fs.append(add)
    for f in fs:
        f()
    return total
print(nonlocal_loop())

def gen_nonlocal():
    state = []
    def g():
        nonlocal state
        state = state + ["y"]
        yield len(state)
    return g, lambda: state
g, peek = gen_nonlocal()
print(list(g()), list(g()), peek())

class Outer:
    attr = "class attr"
    def method(self):
        return [attr for attr in ("comprehension",)]
print(Outer().method(), Outer.attr)

def del_global():
    global tmp
    tmp = 5
    del tmp
del_global()
print("tmp" in globals())

for src in ["def f():\n    nonlocal q\n", "nonlocal x\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
