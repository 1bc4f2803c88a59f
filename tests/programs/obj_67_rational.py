# A fractions-like rational number with full operator set and int interop.
import math


class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q(%s, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Q):
            return x
        if isinstance(x, int):
            return Q(x)
        return None

    def __repr__(self):
        return f"Q({self.n}, {self.d})" if self.d != 1 else f"Q({self.n})"

    def __add__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return Q(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return Q(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return o / self

    def __pow__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        if k < 0:
            return Q(self.d ** -k, self.n ** -k)
        return Q(self.n ** k, self.d ** k)

    def __eq__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return self.n * o.d < o.n * self.d

    def __gt__(self, o):
        o = Q._coerce(o)
        if o is None:
            return NotImplemented
        return self.n * o.d > o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __bool__(self):
        return self.n != 0

    def __floor__(self):
        return self.n // self.d

    def __round__(self, nd=None):
        return round(self.n / self.d, nd) if nd is not None else round(self.n / self.d)


h = Q(1, 2)
t = Q(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 / t, h + 1, 3 * t, h ** 3, t ** -2)
print(float(t), int(Q(7, 2)), math.floor(Q(-7, 2)), round(Q(5, 4), 1), round(Q(7, 2)))
print(bool(Q(0)), bool(h), h == Q(2, 4), h == 0.5, 1 == Q(1), Q(4, 2) == 2)
print(sorted([Q(3, 4), Q(1, 8), 1, Q(-1, 2), 0]))
print(sum([Q(1, n) for n in range(1, 7)]))
print(len({Q(1, 2), Q(2, 4), Q(3, 6)}))
print(Q(1, 2) > Q(1, 3), 2 > Q(1, 3), 0 < Q(1, 3))
try:
    Q(1, 2) <= Q(1, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h ** 0.5
except TypeError as e:
    print(type(e).__name__, e)
