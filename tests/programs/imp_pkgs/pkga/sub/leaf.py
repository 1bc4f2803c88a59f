print("pkga.sub.leaf: body, __package__ =", __package__)
VALUE = 42
def where():
    return __name__
