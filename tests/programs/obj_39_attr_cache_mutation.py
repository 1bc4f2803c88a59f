# The attribute cache stays correct when classes change at run time.
class Base:
    x = "base-x"
    def m(self):
        return "Base.m"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
obj = Leaf()
results = []
for step in range(6):
    results.append((obj.x, obj.m()))
    if step == 0:
        Mid.x = "mid-x"
    elif step == 1:
        Base.m = lambda self: "new Base.m"
    elif step == 2:
        Leaf.m = lambda self: "Leaf.m"
    elif step == 3:
        del Mid.x
    elif step == 4:
        del Leaf.m
for r in results:
    print(r)
print(obj.x, obj.m())
def read_many(o, n):
    return [o.x for _ in range(n)]
print(read_many(obj, 3))
Base.x = "changed"
print(read_many(obj, 3))
class Slotted:
    def __len__(self):
        return 1
s = Slotted()
print(len(s))
Slotted.__len__ = lambda self: 7
print(len(s))
del Slotted.__len__
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)
class Eq:
    pass
a, b = Eq(), Eq()
print(a == b)
Eq.__eq__ = lambda self, other: True
print(a == b)
class Add:
    pass
Add.__add__ = lambda self, o: "added"
print(Add() + 1)
a2 = Add()
a2.__add__ = lambda o: "instance"
print(a2 + 1)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
Meta.extra = "from meta"
print(WithMeta.extra)
WithMeta.extra = "own"
print(WithMeta.extra, Meta.extra)
for i in range(3):
    Base.x = "loop%d" % i
    print(obj.x, Leaf.x)
