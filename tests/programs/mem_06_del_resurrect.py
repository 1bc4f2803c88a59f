# PEP 442: __del__ runs once, even if it resurrects the object.
import sys
import weakref

graveyard = []


class Phoenix:
    deaths = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Phoenix.deaths += 1
        print("__del__", self.name, "call", Phoenix.deaths)
        graveyard.append(self)


p = Phoenix("first")
del p
print("resurrected:", len(graveyard), graveyard[0].name)
print("still usable:", graveyard[0].name.upper())
graveyard.clear()
print("dropped again, deaths =", Phoenix.deaths)

print("-- resurrection into a global")
saved = None
class Saver:
    def __del__(self):
        global saved
        print("saving", type(self).__name__)
        saved = self
s = Saver()
s = None
print(type(saved).__name__)
saved = None
print("saved dropped, no second __del__")

print("-- resurrection keeps weak references alive")
class Keeper:
    keep = []
    def __del__(self):
        print("keeper __del__, weakref alive:", wr() is self)
        Keeper.keep.append(self)
k = Keeper()
wr = weakref.ref(k, lambda r: print("callback: keeper really died"))
del k
print("after first death:", wr() is Keeper.keep[0])
Keeper.keep.clear()
print("after second death:", wr())

print("-- __del__ can make new objects and weak references")
log = []
class Maker:
    def __del__(self):
        self.child = Phoenix("child-of-maker")
        log.append(weakref.ref(self.child))
m = Maker()
del m
print("maker gone", len(graveyard), graveyard[-1].name if graveyard else None)
graveyard.clear()
print("deaths", Phoenix.deaths)

print("-- a resurrected object's refcount")
class Counted:
    def __del__(self):
        graveyard.append(self)
c = Counted()
del c
print(sys.getrefcount(graveyard[0]))
graveyard.clear()

print("-- __del__ called explicitly is just a method")
class Explicit:
    def __del__(self):
        print("Explicit.__del__")
e = Explicit()
e.__del__()
del e
print("end")
