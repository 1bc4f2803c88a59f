# __code__ swaps between closures: cells are matched by position, not by name.
def make_adder(n):
    def add(x):
        return x + n
    return add
def make_mul(m):
    def mul(x):
        return x * m
    return mul
add5 = make_adder(5)
mul3 = make_mul(3)
add5.__code__, mul3.__code__ = mul3.__code__, add5.__code__
print(add5(2), mul3(2), add5.__name__, add5.__code__.co_name, add5.__code__.co_freevars)
print([c.cell_contents for c in add5.__closure__])
def two_cells():
    a, b = "A", "B"
    def use():
        return a + b
    return use
def two_other():
    p, q = 1, 2
    def use2():
        return (q, p)
    return use2
u = two_cells()
u.__code__ = two_other().__code__
print(u())
# Defaults stay with the function, the code decides how many are used.
def with_def(a, b=100):
    return a, b
def no_def(a, b):
    return a - b
with_def.__code__ = no_def.__code__
print(with_def(1), with_def(1, 2))
try:
    no_def(1)
except TypeError as e:
    print(e)
# A method's code replaced on the class's function.
class Greeter:
    def hello(self):
        return "hello"
def shout(self):
    return "HELLO"
Greeter.hello.__code__ = shout.__code__
print(Greeter().hello(), Greeter.hello.__qualname__)
