# Properties with getters, setters, deleters, docstrings and inheritance.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
        self.history = []

    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self.history.append(value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.history.append("reset")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.history)
del t.celsius
print(t.celsius, t.history)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset is not None)
print(Temperature.celsius.fdel.__name__, Temperature.celsius.getter is not None)


class Kelvin(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c, 1)

    @property
    def kelvin(self):
        return self.celsius + 273.15


k = Kelvin(21.456)
print(k.celsius, k.kelvin)
k.celsius = 5.55
print(k.celsius, k.history)


class ReadOnly:
    @property
    def value(self):
        return "ro"


ro = ReadOnly()
try:
    ro.value = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del ro.value
except AttributeError as e:
    print(type(e).__name__, e)


class Failing:
    @property
    def broken(self):
        raise AttributeError("inner missing")

    def __getattr__(self, name):
        return "fallback for " + name


print(Failing().broken)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel, p.__doc__)


class Computed:
    area = property(lambda self: self.w * self.h, doc="the area")

    def __init__(self, w, h):
        self.w, self.h = w, h


print(Computed(3, 4).area, Computed.area.__doc__)
