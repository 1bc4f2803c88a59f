# Operator dunders with int interop: __add__/__radd__ (sum()), __eq__/__lt__/__le__/__hash__, missing operators raise TypeError.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        return self + other
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
wallet = [Money(150), Money(99), Money(1001)]
print(sum(wallet), sum(wallet, Money(0)), sorted(wallet), Money(5) <= Money(5), Money(7) + 3)
print(len({Money(1): "a", Money(1): "b"}), Money(1) in [Money(2), Money(1)])
try:
    Money(1) + "x"
except AttributeError as e:
    print("AttributeError:", e)
class NoOps:
    pass
try:
    NoOps() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    NoOps() < NoOps()
except TypeError as e:
    print("TypeError:", e)
try:
    len(NoOps())
except TypeError as e:
    print("TypeError:", e)
print(NoOps() == NoOps(), Money(250), repr(Money(7)))
