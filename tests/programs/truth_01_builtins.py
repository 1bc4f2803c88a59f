# Truthiness of every builtin type and of user classes with __bool__/__len__; and/or return operands; not.
values = [0, 1, -1, 0.0, -0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), 2 ** 100, float("nan")]
for v in values:
    print(repr(v).ljust(14), bool(v), not v, "T" if v else "F")
class AlwaysFalse:
    def __bool__(self):
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass
print(bool(AlwaysFalse()), bool(Sized(0)), bool(Sized(3)), bool(Plain()))
print(0 or "default", "x" or "y", [] and "no", [1] and "yes", None or 0 or "" or [], 1 and 2 and 0 and 3)
print(not 0, not "", not [1], not not 5, (not None) is True)
x = []
r = x or x.append(1) or "appended"
print(r, x)
print(any([0, 0.0, ""]), any([0, "a"]), all([1, 2, 3]), all([1, 0, 3]), all([]), any([]))
print(sum(1 for v in values if v), len([v for v in values if not v]))
cnt = 0
while Sized(3 - cnt):
    cnt += 1
print("loop ran", cnt)
def check(v):
    if v:
        return "truthy"
    elif v is None:
        return "none"
    else:
        return "falsy"
print([check(v) for v in [None, 0, 1, "", AlwaysFalse(), Sized(1)]])
print(True == 1, False == 0, True + True, True is not False, bool("False"), int(True) + 1)
print(isinstance(True, int), True * 3.5, False - 1, -True, [10, 20][True])
