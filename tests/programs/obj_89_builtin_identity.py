# Identity and equality of builtins as a user sees them (no ids printed).
print(None is None, type(None)() is None, NotImplemented is NotImplemented, ... is Ellipsis)
print(type(...)() is Ellipsis, type(NotImplemented).__name__, type(None).__name__)
print(True is bool(1), False is (1 == 2), bool() is False, True == 1, False == 0.0)
print(1 == 1.0 == True, 1 is not True, hash(1) == hash(1.0) == hash(True))
print({1: "a", 1.0: "b", True: "c"})
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, float("nan") == float("nan"))
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan] if True else None)
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1, 2) == (1, 2), [1] == (1,))
print({1, 2} == frozenset({2, 1}), {"a": 1} == {"a": 1.0}, b"ab" == "ab", bytearray(b"x") == b"x")
print(range(0, 3) == range(0, 3), range(0) == range(5, 2), range(1, 4, 2) == range(1, 5, 2), range(3) == [0, 1, 2])
print(1j * 1j == -1, complex(1, 0) == 1, 2 ** 0.5 * 2 ** 0.5 == 2)
x = [1, 2]
y = x
y += [3]
print(x, x is y)
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
s = "ab"
s2 = s
s2 += "c"
print(s, s2)
print(type(int) is type, type(type) is type, type(object) is type, object.__base__, type.__base__ is object)
print(isinstance(object, type), isinstance(type, object), issubclass(type, object), issubclass(object, type))
print(type(len).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(str.join).__name__, type(dict.fromkeys).__name__, type(lambda: 0).__name__)
print(int.__add__(2, 3), str.upper("ab"), list.__len__([1, 2]), dict.get({"a": 1}, "a"))
m1 = [].append
print(m1 == m1, [].append == [].append)
l = []
print(l.append == l.append, l.append is l.append)


class C:
    def m(self):
        pass


c = C()
print(c.m == c.m, c.m is c.m, C.m is C.m, c.m.__func__ is C.m, C().m == c.m)
print(int("5") == 5, str(5) == "5", repr("5"), 5 .__eq__("5"), "5".__eq__(5))
print((5).__lt__(5.5), (5.5).__gt__(5), (5).__eq__(5.0))
print(NotImplemented.__class__.__name__, bool(None), bool(...), bool(()), bool((0,)))
print(sorted([True, 0, 1.5, -1, False]), max(True, 0.5), min([], default="empty"))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, round(2.5), round(3.5), round(-0.5))
