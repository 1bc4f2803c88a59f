class C:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"C({self.x!r:>4})"
def g(n):
    for i in range(n):
        yield i * 2
print([C(i) for i in g(3)], {k: v for k, v in zip("ab", (1, 2))})
