# __del__ runs as soon as the last reference goes (acyclic objects only).

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- del statement")
x = Noisy("a")
del x
print("after del")

print("-- rebinding")
x = Noisy("b")
x = None
print("after rebind")
x = Noisy("c")
x = Noisy("d")
print("after rebind to another")
del x

print("-- leaving a function")
def work():
    local = Noisy("local")
    print("in work")
    return 42
print("work returned", work())

def make():
    return Noisy("returned")
make()
print("after discarded result")
make().name
print("after attribute of temporary")

print("-- containers")
items = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del items
print("after list")
tup = (Noisy("t0"), Noisy("t1"))
tup = None
print("after tuple")
d = {"k0": Noisy("d0"), "k1": Noisy("d1")}
del d["k0"]
print("after del item")
d.clear()
print("after clear")
lst = [Noisy("p0"), Noisy("p1")]
lst.pop()
print("after pop")
lst[0] = None
print("after item store")
s = [Noisy("s0"), Noisy("s1"), Noisy("s2")]
del s[0:2]
print("after slice delete")
del s

print("-- attributes")
class Holder:
    pass
h = Holder()
h.child = Noisy("attr")
h.child = None
print("after attr store")
h.child = Noisy("attr2")
del h.child
print("after attr delete")
h.child = Noisy("owned")
del h
print("after holder")

print("-- nesting: children die after the parent's __del__")
class Parent:
    def __init__(self, name):
        self.name = name
        self.kids = [Noisy(name + ".k0"), Noisy(name + ".k1")]

    def __del__(self):
        print("del parent", self.name, len(self.kids))

p = Parent("P")
p = None
print("after parent")

print("-- __del__ dropping another object mid-way")
class Dropper:
    def __init__(self):
        self.other = Noisy("inner")

    def __del__(self):
        print("dropper start")
        self.other = None
        print("dropper end")
dd = Dropper()
del dd
print("after dropper")

print("-- observing side effects without a call in between")
flag = "unset"
class Setter:
    def __del__(self):
        global flag
        flag = "set"
z = Setter()
del z
print(flag)
counter = [0]
class Counter:
    def __del__(self):
        counter[0] += 1
for i in range(5):
    c = Counter()
print(counter[0])
del c
print(counter[0])

print("-- closures and cells")
def outer():
    cell = Noisy("cell")
    def inner():
        return cell.name
    print(inner())
    return inner
fn = outer()
print("closure alive")
fn = None
print("closure dropped")

print("-- in a loop")
for i in range(3):
    tmp = Noisy("loop%d" % i)
print("loop done")
del tmp

print("-- subclass and inherited __del__")
class Sub(Noisy):
    pass
Sub("sub")
print("after sub")

class Later:
    pass
Later.__del__ = lambda self: print("del assigned later")
Later()
print("after later")

print("-- at exit, in creation order")
g1 = Noisy("global1")
g2 = Noisy("global2")
print("end of program")
