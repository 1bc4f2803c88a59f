# An exception inside a nested comprehension and a generator expression consumed by sum().
rows = [[1, 2], [3, 0], [5, 6]]
print([sum(r) for r in rows])
ratios = [[a / b for a, b in zip(r, r[1:])] for r in rows if r]
print(ratios)
total = sum(10 // x for r in rows for x in r)
print("unreachable", total)
