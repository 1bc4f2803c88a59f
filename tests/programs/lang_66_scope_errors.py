# Scope errors: UnboundLocalError, free variables deleted, global/nonlocal misuse.
g = "global"
def reads_then_assigns():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = "local"
    return g
print(reads_then_assigns())

def augmented_unbound():
    try:
        g += "x"
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(augmented_unbound())

def conditional_binding(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional_binding(True), conditional_binding(False))

def free_deleted():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(free_deleted())

def free_before_assignment():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        msg = type(e).__name__ + ": " + str(e)
    late = 1
    return msg, inner()
print(free_before_assignment())

def loop_var_unbound():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(loop_var_unbound())

def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(except_var_cleared())

try:
    undefined_global
except NameError as e:
    print("NameError:", e)

def class_body_cannot_see_function_locals_later():
    class K:
        try:
            val = later
        except NameError as e:
            val = "NameError: " + str(e)
    later = 1
    return K.val
print(class_body_cannot_see_function_locals_later())

for src in [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(a):\n    nonlocal a\n",
    "def f():\n    def g():\n        nonlocal missing\n",
    "global x\nx = 1\n",
    "def f():\n    global x\n    nonlocal x\n",
    "class C:\n    nonlocal y\n",
    "def f(x):\n    global x\n",
    "def f():\n    x: int = 1\n    global x\n",
]:
    try:
        compile(src, "<scope>", "exec")
        print("compiled ok:", src.splitlines()[-1].strip())
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)

def nonlocal_in_nested_class():
    value = 1
    class C:
        def bump(self):
            nonlocal value
            value += 1
            return value
    c = C()
    return c.bump(), c.bump(), value
print(nonlocal_in_nested_class())
