# Truth testing: __bool__, __len__ fallback, and their error messages.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(object()))
print(not L(0), "yes" if L(2) else "no", [x for x in [L(0), L(1), B(True)] if x].__len__())
for bad in [B(1), B("x"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print("TypeError:", e)
for n in [-1, 2**70, 1.5, "3"]:
    try:
        print(bool(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
    try:
        print(len(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
try:
    print(len(IdxLen()))
except TypeError as e:
    print("TypeError:", e)
class BoolSub(int):
    def __bool__(self):
        return True
print(bool(BoolSub(0)), BoolSub(0) == 0)
print(bool(0), bool(0.0), bool(0j), bool(""), bool(b""), bool(()), bool([]), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-0.1), bool(1j), bool(" "), bool(b"\x00"), bool((0,)), bool([0]), bool({0: 0}), bool({0}), bool(range(1)))
print(bool(None), bool(...), bool(NotImplemented) if False else "skip")
x = L(0)
print((x and "a") is x, x or "b", L(1) and "c", type(L(1) or "d").__name__)
while L(0):
    print("never")
assert L(1), "should pass"
try:
    assert L(0), "len zero"
except AssertionError as e:
    print("AssertionError:", e)
