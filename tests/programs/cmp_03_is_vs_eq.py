# Identity (is / is not, id comparisons) versus equality (==) for lists, tuples, None, bools, objects, copies.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c, a is not c, id(a) == id(b), id(a) == id(c))
b.append(4)
print(a, c, a == c)
d = a[:]
e = list(a)
print(d == a, d is a, e == a, e is a)
x = None
print(x is None, x == None, x is not None, None is None)
print(True is True, (1 == 1) is True, bool(1) is True, (not 0) is True)
class P:
    def __init__(self, v):
        self.v = v
p1 = P(1)
p2 = P(1)
p3 = p1
print(p1 == p2, p1 is p2, p1 == p3, p1 is p3, p1 != p2)
class Q:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Q) and self.v == other.v
q1 = Q(1)
q2 = Q(1)
print(q1 == q2, q1 is q2, q1 != q2, q1 == 1, [q1] == [q2], q1 in [q2])
nested = [[0]] * 3
nested[0].append(1)
print(nested, nested[0] is nested[2])
separate = [[0] for _ in range(3)]
separate[0].append(1)
print(separate, separate[0] is separate[2])
t1 = (1, [2])
t2 = t1
t1[1].append(3)
print(t2, t1 is t2)
def identity(o):
    return o
print(identity(a) is a, identity(c) is a)
m = {"k": a}
print(m["k"] is a, m["k"] == c)
print([] == [], {} == {}, () == (), "" == "", [] == (), 0 == 0.0 == False)
one = 1
onef = 1.0
print(one == onef, one is not onef, type(1) is type(1.0), type(1) is int, type(p1) is P)
lst = [a, c]
print(lst.index(c), a in lst, [1, 2, 3, 4] in lst, lst.count(c))
# ferropy floats are immediate values, so two NaNs made separately are the
# same object (DESIGN.md, "Known differences"): only identity of one NaN is tested.
n = float("nan")
print(n in [n], n == n, [n] == [n])
s1 = "hello world"
s2 = s1
print(s1 is s2, s1 == "hello " + "world")
f1 = len
print(f1 is len, f1 == len)
