# grouping and counting records with plain dicts
records = [
    ('alice', 'eng', 120), ('bob', 'ops', 95), ('carol', 'eng', 135), ('dave', 'sales', 70),
    ('eve', 'ops', 105), ('frank', 'eng', 99), ('grace', 'sales', 88), ('heidi', 'hr', 60),
]
by_dept = {}
for name, dept, salary in records:
    by_dept.setdefault(dept, []).append((name, salary))
for dept, people in by_dept.items():
    total = sum(s for _, s in people)
    print(f'{dept:<6} n={len(people)} total={total:>4} avg={total / len(people):7.2f} top={max(people, key=lambda p: p[1])[0]}')
counts = dict.fromkeys(sorted(by_dept), 0)
for _, dept, _ in records:
    counts[dept] += 1
print(counts)
inverted = {}
for dept, n in counts.items():
    inverted.setdefault(n, []).append(dept)
print(inverted, sorted(inverted.items(), reverse=True))
salaries = {name: salary for name, _, salary in records}
raise_ = {k: round(v * 1.1) for k, v in salaries.items() if v < 100}
print(raise_)
merged = salaries | raise_
print(sorted(merged.items(), key=lambda kv: kv[1])[-3:], merged == {**salaries, **raise_})
print(list(salaries.keys() & raise_.keys()) == list(raise_), sorted(salaries.keys() - raise_.keys()))
nested = {}
for name, dept, salary in records:
    band = 'high' if salary >= 100 else 'low'
    nested.setdefault(dept, {}).setdefault(band, []).append(name)
print(nested)
print({d: {b: len(v) for b, v in bands.items()} for d, bands in nested.items()})
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), len(cache), list(cache)[:5], next(reversed(cache)))
while len(cache) > 85:
    cache.popitem()
print(len(cache), max(cache), min(cache))
d = dict(zip('abc', range(3)))
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d, dict(sorted({'b': 1, 'a': 2}.items())), dict(reversed(list({'x': 1, 'y': 2}.items()))))
