# Class vs instance attributes, __dict__, __class__ assignment, mappingproxy, dynamic class changes.
class Animal:
    kind = "animal"
    sounds = []
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s the %s" % (self.name, self.kind)
a, b = Animal("rex"), Animal("tom")
a.kind = "dog"
print(a.speak(), b.speak(), Animal.kind, sorted(a.__dict__), sorted(b.__dict__))
a.sounds.append("woof")
print(b.sounds, Animal.sounds)
del a.kind
print(a.kind)
Animal.kind = "creature"
print(b.speak())
Animal.speak = lambda self: "patched " + self.name
print(a.speak())
print(type(Animal.__dict__).__name__, "speak" in Animal.__dict__, "name" in Animal.__dict__)
try:
    Animal.__dict__["kind"] = 1
except TypeError as e:
    print(type(e).__name__, e)
class Cat(Animal):
    kind = "cat"
c = Cat("felix")
print(c.speak(), c.__class__.__name__, type(c) is Cat, isinstance(c, Animal))
c.__class__ = Animal
print(type(c).__name__, c.kind)
try:
    c.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
c.__dict__ = {"name": "replaced"}
print(c.name)
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def added(self):
    return "added to " + self.name
Cat.added = added
print(Cat("x").added(), hasattr(Animal, "added"))
del Cat.added
print(hasattr(Cat("y"), "added"))
try:
    del Cat.kind
    del Cat.kind
except AttributeError as e:
    print(type(e).__name__, e)
print(Cat.kind)
Cat.__name__ = "Kitty"
print(Cat.__name__, Cat.__qualname__, repr(Cat)[-13:])
class Counter:
    total = 0
    def inc(self):
        self.total += 1
        return self.total
k = Counter()
print(k.inc(), k.inc(), Counter.total, k.total)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".new = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(Animal.__init__.__name__, Animal.__module__, Animal.__doc__, Animal.__base__.__name__)
class Meta:
    pass
Meta.x = 1
print(vars(Meta)["x"], Meta.__dict__.get("x"), len([k for k in Meta.__dict__ if k.startswith("__")]) > 0)
print(sorted(k for k in Animal.__dict__ if not k.startswith("__")))
