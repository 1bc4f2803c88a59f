# global / nonlocal: rebinding rules, closures over loop variables, and the compile-time errors.
counter = 0


def bump(by=1):
    global counter
    counter += by
    return counter


bump()
bump(5)
print(counter)


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient: {balance} < {amount}")
        balance -= amount
        history.append(("wd", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


dep, wd, rep = make_account(100)
dep(50)
wd(30)
try:
    wd(500)
except ValueError as e:
    print(e)
print(rep())


def levels():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return middle(), x


print(levels())
callbacks = [lambda: i for i in range(3)]
print([cb() for cb in callbacks])
callbacks = [lambda i=i: i for i in range(3)]
print([cb() for cb in callbacks])


def declare_global_new():
    global brand_new
    brand_new = "created"


declare_global_new()
print(brand_new)


class Holder:
    global counter
    counter = 100
    value = counter + 1


print(counter, Holder.value)


def reads_then_assigns():
    try:
        print(counter)
        counter = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


reads_then_assigns()


def free_var_deleted():
    v = 1

    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print("NameError", e)


free_var_deleted()
for src in [
    "def f():\n    x = 1\n    global x",
    "def f(a):\n    global a",
    "def f():\n    nonlocal y",
    "nonlocal z",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f(p):\n    def g():\n        nonlocal p\n        global p",
]:
    try:
        compile(src, "<scopes>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
