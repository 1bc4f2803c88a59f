import math
PI = math.pi
def area(r):
    return round(PI * r * r, 3)
def __getattr__(name):
    if name == "TAU":
        return 2 * PI
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
