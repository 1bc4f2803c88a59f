# Classes changed at run time: methods replaced, attributes added after
# instances exist, a base class monkeypatched under its subclasses.
class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    pass


pets = [Animal(), Dog(), Puppy()]
print([p.speak() for p in pets])
Animal.speak = lambda self: f"{self.sound}!"
print([p.speak() for p in pets])
Dog.speak = lambda self: "DOG " + Animal.speak(self)
print([p.speak() for p in pets])
del Dog.speak
print([p.speak() for p in pets])
Animal.legs = 4
print([p.legs for p in pets])
Dog.legs = 3
print([p.legs for p in pets], "legs" in vars(Puppy))
pets[2].legs = 2
print([p.legs for p in pets])
del Dog.legs
print([p.legs for p in pets])
Puppy.sound = "yip"
print(pets[2].speak(), pets[1].speak())


def describe(self):
    return f"<{self.sound}/{self.legs}>"


Animal.describe = describe
print([p.describe() for p in pets])
m = pets[1].describe
Animal.describe = lambda self: "replaced"
print(m(), pets[1].describe())
Animal.sound = property(lambda self: "prop-" + type(self).__name__)
print([p.sound for p in pets])


class Counter:
    count = 0

    def inc(self):
        self.count += 1
        return self.count


c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.count)
Counter.count = 100
c3 = Counter()
print(c1.count, c3.count, c3.inc())
orig = Counter.inc
Counter.inc = lambda self: orig(self) * 10
print(c1.inc(), c3.inc())
setattr(Counter, "reset", lambda self: setattr(self, "count", 0))
c1.reset()
print(c1.count, c2.count, hasattr(c2, "reset"))
delattr(Counter, "reset")
try:
    c1.reset()
except AttributeError as e:
    print(type(e).__name__, e)
Dog.__bases__ = (object,) if False else Dog.__bases__
print(Dog.__bases__[0].__name__, [k.__name__ for k in Puppy.__mro__])
for i in range(3):
    setattr(Animal, f"trick{i}", lambda self, i=i: f"trick{i} by {type(self).__name__}")
print(Puppy().trick0(), Dog().trick2())
