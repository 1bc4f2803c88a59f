# Closures and nonlocal: counters, accumulators, closure cells shared between inner functions, late binding.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), wd(500), get())
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-1)(0), [adder(i)(100) for i in range(3)])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def compose(f, g):
    return lambda v: f(g(v))
inc_then_double = compose(lambda v: v * 2, lambda v: v + 1)
print(inc_then_double(5), compose(str, abs)(-7))
