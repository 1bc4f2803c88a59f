# Descriptor validators with __set_name__, data vs non-data precedence.
class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}={value!r} is below {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public}={value!r} is above {self.maxvalue!r}")


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public}={value!r} not in {sorted(self.options)}")


class Item:
    kind = OneOf("wood", "metal", "stone")
    qty = Number(minvalue=0)
    price = Number(0, 1000)

    def __init__(self, kind, qty, price):
        self.kind = kind
        self.qty = qty
        self.price = price


it = Item("wood", 3, 9.5)
print(it.kind, it.qty, it.price, sorted(vars(it).items()))
print(Item.qty.public, Item.qty.private, Item.qty.owner, type(Item.__dict__["price"]).__name__)
for args in [("gold", 1, 1), ("metal", -1, 1), ("stone", 1, 1001), ("wood", "3", 1)]:
    try:
        Item(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
it.__dict__["qty"] = "shadow"
print(it.qty)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print("computed", self.name)
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @Lazy
    def total(self):
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
del r.total
print(r.total)
r.total = 99
print(r.total, Report.total.name)


class Const:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only constant")


class Holder:
    answer = Const()


h = Holder()
h.__dict__["answer"] = 0
print(h.answer, Holder.answer)
try:
    h.answer = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del h.answer
except AttributeError as e:
    print(type(e).__name__, e)
