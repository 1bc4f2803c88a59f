# A small matrix class: __matmul__, __getitem__ with tuples, in-place ops.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)

    def __str__(self):
        return "\n".join(" ".join(f"{v:>4}" for v in r) for r in self.rows)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        if isinstance(other, (int, float)):
            for r in self.rows:
                for j in range(len(r)):
                    r[j] += other
            return self
        return NotImplemented

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (n, m, m2, p))
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Matrix([other]) @ self
        return NotImplemented

    def __pow__(self, k):
        out = Matrix.identity(self.shape[0])
        for _ in range(k):
            out = out @ self
        return out

    def transpose(self):
        return Matrix(zip(*self.rows))


a = Matrix([[1, 2], [3, 4]])
print(a)
print(repr(a.transpose()))
print(a @ Matrix.identity(2) == a)
print((a @ a).rows, (a ** 3).rows)
print([1, 1] @ a)
print(a[1], a[0, 1], a[-1][-1])
a[0, 0] = 10
print(a.rows)
b = a
b += 1
print(b is a, a.rows)
try:
    b += "x"
except TypeError as e:
    print(type(e).__name__, e)
c = a + Matrix.identity(2)
print(c.rows, a.rows)
try:
    a + Matrix.zeros(3, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a @ Matrix.zeros(3, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a @ 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.shape = (1, 1)
except AttributeError as e:
    print(type(e).__name__, e)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
