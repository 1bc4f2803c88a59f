# An enum-like class built with a metaclass: members, iteration, lookup.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
            setattr(cls, k, m)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, m):
        return isinstance(m, cls)

    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.value < other.value


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def hex(self):
        return "#" + format(self.value * 0x40, "06x")


print(list(Color), len(Color), Color.RED, repr(Color.GREEN))
print(Color(3), Color["GREEN"] is Color.GREEN, Color.RED in Color, 1 in Color)
print(Color.BLUE.hex(), sorted([Color.BLUE, Color.RED]), max(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), {Color.RED: "r"}[Color(1)])
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED < 2
except TypeError as e:
    print(type(e).__name__, e)
print(type(Color).__name__, isinstance(Color.RED, Enum), [m.name for m in Color])
print(f"{Color.GREEN}", f"{Color.GREEN!r}", "%s" % Color.BLUE)
