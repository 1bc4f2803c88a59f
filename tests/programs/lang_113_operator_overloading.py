# Operator overloading: a Vector and a Money type with reflected ops.


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __add__(self, other):
        if isinstance(other, int):
            other = Money(other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self + other

    def __iadd__(self, other):
        self.cents += other.cents if isinstance(other, Money) else other
        return self

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __truediv__(self, n):
        share, rem = divmod(self.cents, n)
        return [Money(share + (1 if i < rem else 0)) for i in range(n)]


a, b = Vector(1, 2), Vector(3, -1)
print(a + b, a - b, -a, a * 3, 2 * a, a * b, a @ b, abs(Vector(3, 4)))
print(bool(Vector()), bool(a), a == Vector(1, 2), a != b, list(a), a[1], tuple(b))
print(len({a, Vector(1, 2), b}), [*a, *b])
x, y = b
print(x, y)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)

wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), sorted(wallet), max(wallet), Money(100) / 3)
m = Money(10)
alias = m
m += 90
m += Money(1)
print(m, alias is m, 5 + Money(1), Money(99) <= Money(99), Money(1) > Money(0))
try:
    Money(1) * 2
except TypeError as e:
    print(type(e).__name__, e)
