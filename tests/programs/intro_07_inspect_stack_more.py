# inspect.stack()/currentframe() from nested calls, generators and methods.
import inspect
def names():
    return [fi.function for fi in inspect.stack()[1:]]
def a():
    return b()
def b():
    return names()
print(a())
class C:
    def meth(self):
        return names()
    @property
    def prop(self):
        return names()
print(C().meth(), C().prop)
def gen():
    yield names()
print(next(gen()))
print([names() for _ in range(1)])
f = inspect.currentframe()
print(f.f_code.co_name, f.f_back)
def locs(x, y=3):
    z = x + y
    return inspect.currentframe().f_locals
print(sorted(locs(1).items()))
def caller_line():
    return inspect.stack()[1].lineno
here = caller_line()
print(here)
