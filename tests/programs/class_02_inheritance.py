# Single inheritance: method overriding, super().__init__ and super().method(), isinstance, class attribute lookup.
class Animal:
    kind = "animal"
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return self.name + " says " + self.sound
    def describe(self):
        return self.name + " is a " + self.kind
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, tricks=None):
        super().__init__(name, "woof")
        self.tricks = tricks or []
    def speak(self):
        return super().speak() + "!"
    def add_trick(self, t):
        self.tricks.append(t)
        return self
class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, ["roll"])
        self.age = 0
    def speak(self):
        return super().speak().upper()
class Cat(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, "meow")
animals = [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]
for a in animals:
    print(a.speak(), "|", a.describe(), "|", type(a).__name__)
d = animals[1].add_trick("sit").add_trick("stay")
print(d.tricks, animals[2].tricks, animals[2].age)
print(isinstance(animals[2], Dog), isinstance(animals[2], Animal), isinstance(animals[1], Puppy), isinstance(animals[3], Dog))
print(isinstance(animals[3], Animal), isinstance(animals[0], Cat), isinstance(animals[1], object))
print(Puppy.kind, Cat.kind, animals[2].kind, Animal.speak(animals[1]))
class Shape:
    def area(self):
        return 0
    def __str__(self):
        return type(self).__name__ + "(area=" + str(self.area()) + ")"
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r * self.r, 2)
shapes = [Rect(2, 3), Square(4), Circle(1), Shape()]
for s in shapes:
    print(s)
print(sum(s.area() for s in shapes), max(shapes, key=lambda s: s.area()))
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hook(self):
        return "base-hook"
    def run(self):
        return self.hook()
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")
    def hook(self):
        return "derived-hook"
obj = Derived()
print(obj.log, obj.run(), Base().run())
