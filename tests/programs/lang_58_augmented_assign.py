# Augmented assignment: targets, in-place protocol, fallback to binary ops, evaluation order.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
f = 7.5
f /= 2; f -= 0.25
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup, alias_t, tup is alias_t)
d = {"k": 1}
d["k"] += 10
d.setdefault("new", []).append(1)
print(d)

class Log:
    def __init__(self):
        self.events = []
        self.data = {"v": 0}
    def __getitem__(self, k):
        self.events.append("get " + k)
        return self.data[k]
    def __setitem__(self, k, v):
        self.events.append("set %s=%r" % (k, v))
        self.data[k] = v
log = Log()
log["v"] += 5
print(log.events)

class Attr:
    def __init__(self):
        self.__dict__["x"] = 1
    def __getattr__(self, name):
        return 0
    def __setattr__(self, name, value):
        print("setattr", name, value)
        self.__dict__[name] = value
a = Attr()
a.x += 1
a.missing += 3
print(a.x, a.missing)

class InPlace:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return InPlace(self.v + other + 1000)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
    def __radd__(self, other):
        return OnlyAdd(other + self.v + 0.5)
ip = InPlace(1); before = ip
ip += 1
print(ip.v, ip is before)
oa = OnlyAdd(1); before = oa
oa += 1
print(oa.v, oa is before)
x = 1
x += OnlyAdd(2)
print(x.v)
class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fell back to __add__"
ni = NotImpl()
ni += 1
print(ni)
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e, t)
try:
    z = None
    z += 1
except TypeError as e:
    print("TypeError:", e)
try:
    q = "s"
    q -= "t"
except TypeError as e:
    print("TypeError:", e)
def count_calls():
    calls = []
    def idx():
        calls.append("idx")
        return 0
    arr = [5]
    arr[idx()] += 1
    return arr, calls
print(count_calls())
def aug_global():
    global counter
    counter += 1
counter = 0
aug_global(); aug_global()
print(counter)
m = [[0, 0], [0, 0]]
m[1][0] += 9
m[0][1:] += [7]
print(m)
st = {1}
st |= {2}; st &= {2, 3}; st ^= {4}; st -= {4}
print(st)
