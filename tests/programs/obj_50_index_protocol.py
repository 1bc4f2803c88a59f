# __index__: indexing, slicing, bin/hex/oct, range, repetition, and its errors.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], lst[I(2):I(5)], lst[::I(3)], "abcdef"[I(1)], (1, 2, 3)[I(0)])
print(bin(I(5)), hex(I(255)), oct(I(8)), list(range(I(3))), range(10)[I(4)])
print([0] * I(3), "ab" * I(2), I(2) * "x", bytes(I(3)), b"a" * I(2))
import operator
print(operator.index(I(7)), int.__index__(5), (5).__index__())
class Bad:
    def __index__(self):
        return "x"
for fn in [lambda: lst[Bad()], lambda: bin(Bad()), lambda: operator.index(Bad())]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
for fn in [lambda: lst[1.5], lambda: lst["a"], lambda: "abc"[None], lambda: (1,)[1.0], lambda: bin(1.5), lambda: range(1.5)]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
class BoolIdx:
    def __index__(self):
        return True
print(lst[BoolIdx()])
class IntLike:
    def __int__(self):
        return 3
try:
    lst[IntLike()]
except TypeError as e:
    print("TypeError:", e)
print(int(IntLike()), hex(3))
print(slice(I(1), I(5), I(2)).indices(10), range(20)[I(2):I(10):I(3)])
d = {}
d[I(1)] = "by object"
print(len(d), list(d.values()))
