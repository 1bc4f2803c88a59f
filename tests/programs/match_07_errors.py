# match: errors raised while matching (TypeError, ValueError, errors from user code), caught and printed.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
class NoArgs:
    pass
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
class BadArgs:
    __match_args__ = ["a"]
class BadElem:
    __match_args__ = ("a", 1)
    a = 0
def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def m2():
    match Two():
        case Two(1, 2, 3):
            return "matched"
def m3():
    match 5:
        case len():
            return "matched"
def m4():
    match BadArgs():
        case BadArgs(x):
            return x
def m5():
    match BadElem():
        case BadElem(x, y):
            return x, y
def m6():
    match Two():
        case Two(x, a=y):
            return x, y
def m7():
    match 1:
        case int(1, 2):
            return "int"
class Keys:
    A = "k"
    B = "k"
def m8():
    match {"k": 1, "z": 2}:
        case {Keys.A: 1, Keys.B: 1}:
            return "dup"
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq failed")
def m9():
    match BadEq():
        case 1:
            return "one"
class BadAttr:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise ValueError("attribute raised")
def m10():
    match BadAttr():
        case BadAttr(x):
            return x
def m11():
    match 3:
        case [x] if 1 / 0:
            return x
        case x if 1 / 0:
            return x
class Getter(dict):
    def get(self, key, default=None):
        raise KeyError("get refused")
def m12():
    match Getter(a=1):
        case {"a": _}:
            return "a"
def m13():
    match NoArgs():
        case NoArgs(x=1):
            return "x"
        case NoArgs():
            return "no x attribute: falls through"
def m14():
    match 1:
        case Keys.A.upper():
            return "x"
for i, fn in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14], 1):
    attempt("m%d" % i, fn)
def after_error():
    try:
        match [1, 2]:
            case [a, b] if b / 0:
                pass
    except ZeroDivisionError:
        return "bound before guard raised:", a, b
print(*after_error())
