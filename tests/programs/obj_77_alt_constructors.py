# classmethods as alternative constructors, staticmethods as helpers,
# and how they behave under subclassing.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_iso(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal_days(cls, year, day_of_year):
        m = 1
        while day_of_year > cls.month_len(year, m):
            day_of_year -= cls.month_len(year, m)
            m += 1
        return cls(year, m, day_of_year)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def month_len(y, m):
        if m == 2:
            return 29 if Date.is_leap(y) else 28
        return 30 if m in (4, 6, 9, 11) else 31

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"


class BirthDay(Date):
    def __init__(self, y, m, d, who="?"):
        super().__init__(y, m, d)
        self.who = who


print(Date.from_iso("2024-02-29"), BirthDay.from_iso("1999-12-31"))
print(Date.from_ordinal_days(2024, 60), Date.from_ordinal_days(2023, 60))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
b = BirthDay.from_iso("2001-01-01")
print(type(b).__name__, b.who)
m = Date.from_iso
print(m.__self__ is Date, m.__func__.__name__, type(m).__name__)
bm = BirthDay.from_iso
print(bm.__self__ is BirthDay, bm.__func__ is m.__func__)
inst_m = b.from_iso
print(inst_m.__self__ is BirthDay)
print(type(Date.__dict__["from_iso"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.__dict__["is_leap"].__func__(2004), Date.__dict__["from_iso"].__func__(Date, "0001-02-03"))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)


class Tools:
    size = sm
    name = cm


print(Tools.size("abc"), Tools().size([1]), Tools.name(), Tools().name())
try:
    Date.from_iso("2024-02")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Date.from_iso()
except TypeError as e:
    print(type(e).__name__, e)


class Registry:
    _items = []

    @classmethod
    def add(cls, x):
        cls._items = cls._items + [x]
        return cls


class Sub(Registry):
    pass


Registry.add(1)
Sub.add(2).add(3)
print(Registry._items, Sub._items, "_items" in Sub.__dict__)
