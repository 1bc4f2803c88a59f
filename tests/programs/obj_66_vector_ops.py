# Vector with arithmetic, reflected and in-place operators and NotImplemented.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __iter__(self):
        yield self.x
        yield self.y


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, +a, abs(b))
print(a @ b, b / 2)
print(list(a), tuple(b), dict(x=Vec(5, 6)))
x, y = b
print(x, y)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
for bad in ("s", None, [1]):
    try:
        a + bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "s" - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a *= "k"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a ** 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~a
except TypeError as e:
    print(type(e).__name__, e)
print(a == Vec(1, 2), a != Vec(1, 2), a == (1, 2))
print(sum([a, b, Vec(0, 1)], Vec(0, 0)))
try:
    sum([a, b])
except TypeError as e:
    print(type(e).__name__, e)
