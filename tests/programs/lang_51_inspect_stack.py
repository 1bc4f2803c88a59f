# inspect.stack()/currentframe() basics and frame attributes.
import inspect
import sys

def who_called():
    stack = inspect.stack()
    return [(f.function, f.lineno > 0) for f in stack[:3]]

def caller():
    return who_called()

print(caller())
print([f.function for f in inspect.stack()][:1])

def frame_info():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_lineno > 0

def outer():
    return frame_info()
print(outer())

def get_locals():
    x = 10
    y = "why"
    return sorted(inspect.currentframe().f_locals.items())
print(get_locals())

def caller_locals():
    return sorted(sys._getframe(1).f_locals)
def has_locals():
    alpha = 1
    beta = 2
    return caller_locals()
print(has_locals())

def depth():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d
def d1():
    return depth()
def d2():
    return d1()
print(depth(), d1(), d2())

def globals_via_frame():
    return sys._getframe().f_globals is globals()
print(globals_via_frame())

def code_via_frame():
    return sys._getframe().f_code is code_via_frame.__code__
print(code_via_frame())

class C:
    def method(self):
        return inspect.stack()[0].function, inspect.stack()[1].function
print(C().method())

def gen():
    yield inspect.currentframe().f_code.co_name
print(list(gen()))

print(inspect.isfunction(caller), inspect.isfunction(len), inspect.isclass(C), inspect.ismethod(C().method))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.ismodule(sys))
print(inspect.isbuiltin(len), inspect.iscode(caller.__code__), inspect.isframe(sys._getframe()))

def lines():
    a = inspect.currentframe().f_lineno
    b = inspect.currentframe().f_lineno
    return b - a
print(lines())

info = inspect.stack()[0]
print(info.filename.endswith("lang_51_inspect_stack.py"), info.function, type(info.lineno).__name__)
print(inspect.getmodule(caller) is sys.modules["__main__"] if hasattr(inspect, "getmodule") else True)

try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
