# List comprehensions: conditions, nested loops, nested comprehensions, scoping of the loop variable.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(8)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2 == 1])
print([c.upper() for c in "hello" if c != "l"], [len(w) for w in "a bb ccc".split()])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
words = ["Apple", "banana", "Cherry", "date"]
print([w for w in words if w[0].isupper()], [w[::-1].lower() for w in words])
print([i for i, w in enumerate(words) if len(w) > 4], [(a, b) for a, b in zip(words, range(2))])
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythag)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, n)) ]
print(primes)
flat = [y for x in [[1, [2]], [3], []] for y in x]
print(flat)
funcs = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in funcs])
late = [lambda: k for k in range(3)]
print([f() for f in late])
base = 100
print([base + i for i in range(3)])
def make(n):
    return [n * i for i in range(n)]
print(make(4), [make(i) for i in range(3)])
print([[]for _ in range(2)], [[0] * 2 for _ in range(0)], [(yy, zz) for yy in "ab" for zz in "12"])
table = [[r * 3 + c for c in range(3)] for r in range(3)]
print(table, [table[i][i] for i in range(3)], [table[i][2 - i] for i in range(3)])
