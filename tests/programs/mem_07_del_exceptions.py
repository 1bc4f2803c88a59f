# Exceptions in __del__ and in weakref callbacks are reported on stderr
# ("Exception ignored in: ...") and execution goes on; the exit status
# stays 0.
import weakref


class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Bad.__del__", self.name)
        raise ValueError("bad " + self.name)


b = Bad("one")
del b
print("after one")


def f():
    x = Bad("local")
    return "returned"


print(f())

print("-- __del__ raising inside a try block does not reach it")
try:
    b = Bad("in try")
    b = None
    print("no exception seen")
except ValueError:
    print("never")

print("-- __del__ during exception handling")
try:
    b = Bad("while handling")
    raise KeyError("outer")
except KeyError as e:
    b = None
    print("handling", repr(e))

print("-- the handled exception is not replaced")
import sys
class Checker:
    def __del__(self):
        try:
            raise RuntimeError("inside __del__")
        except RuntimeError:
            pass
try:
    raise TypeError("kept")
except TypeError:
    c = Checker()
    del c
    print(sys.exc_info()[0].__name__)

print("-- weakref callback errors")
class Plain:
    pass
p = Plain()
r = weakref.ref(p, lambda wr: 1 / 0)
del p
print("after callback error")

print("-- errors do not stop other finalizers")
items = [Bad("a"), Bad("b"), Bad("c")]
del items
print("all three ran")


class Deep:
    def __del__(self):
        def level(n):
            if n == 0:
                raise LookupError("deep")
            level(n - 1)
        level(3)


Deep()
print("end")
