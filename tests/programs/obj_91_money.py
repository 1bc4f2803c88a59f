# Money: currency-checked arithmetic, NotImplemented fallback between two
# classes, in-place variants, ordering and formatting.
class CurrencyError(ValueError):
    pass


class Money:
    def __init__(self, cents, cur):
        self.cents, self.cur = cents, cur

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.cur != self.cur:
            raise CurrencyError(f"{self.cur} vs {other.cur}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.cur)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.cents - other.cents, self.cur)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k, self.cur)
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, k):
        if isinstance(k, int):
            return [Money(self.cents // k + (1 if i < self.cents % k else 0), self.cur) for i in range(k)]
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.cur) == (other.cents, other.cur)
        if other == 0:
            return self.cents == 0
        return NotImplemented

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.cur}"


class Wallet:
    def __init__(self):
        self.items = []

    def __iadd__(self, m):
        if isinstance(m, Money):
            self.items.append(m)
            return self
        return NotImplemented

    def __radd__(self, m):
        return "wallet absorbs %r" % (m,)

    def total(self, cur):
        return sum((m for m in self.items if m.cur == cur), Money(0, cur))


a, b = Money(1050, "EUR"), Money(295, "EUR")
print(a + b, a - b, b - a, a * 3, 2 * b, sum([a, b, a]), a == Money(1050, "EUR"), Money(0, "X") == 0)
print(Money(1000, "EUR") // 3, sorted([a, b, Money(5, "EUR")]), max(a, b))
try:
    a + Money(1, "USD")
except CurrencyError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    a * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
w = Wallet()
ref = w
w += a
w += Money(7, "USD")
w += b
print(w is ref, w.total("EUR"), w.total("USD"), w.total("GBP"))
try:
    w += 5
except TypeError as e:
    print(type(e).__name__, e)
print(a + w)
x = a
x += b
print(x, a, x is a)
x -= b
x *= 2
print(x, len({a, Money(1050, "EUR"), b}))
