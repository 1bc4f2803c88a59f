# Data processing: comprehensions, sorted with keys, grouping without itertools.
RAW = """date,region,product,units,price
2024-01-03,north,widget,12,2.50
2024-01-03,south,gadget,3,10.00
2024-01-04,north,gadget,7,9.50
2024-01-05,east,widget,20,2.25
2024-01-05,south,widget,5,2.50
2024-01-06,north,gizmo,1,99.99
2024-01-06,east,gadget,4,10.00
2024-01-07,south,gizmo,2,95.00"""


def parse(text):
    header, *lines = text.splitlines()
    cols = header.split(",")
    for line in lines:
        rec = dict(zip(cols, line.split(",")))
        rec["units"] = int(rec["units"])
        rec["price"] = float(rec["price"])
        rec["revenue"] = round(rec["units"] * rec["price"], 2)
        yield rec


records = list(parse(RAW))
print(len(records), records[0])


def group_by(items, key):
    groups = {}
    for it in items:
        groups.setdefault(key(it), []).append(it)
    return groups


by_region = group_by(records, lambda r: r["region"])
summary = {reg: (len(rs), sum(r["revenue"] for r in rs)) for reg, rs in by_region.items()}
for reg, (n, rev) in sorted(summary.items(), key=lambda kv: -kv[1][1]):
    print(f"{reg:<6} {n:>2} {rev:>9.2f}")

by_product = group_by(records, lambda r: r["product"])
top = sorted(by_product, key=lambda p: (sum(r["units"] for r in by_product[p]), p), reverse=True)
print(top)
print(sorted(records, key=lambda r: (r["region"], -r["revenue"]))[0]["date"])
print(max(records, key=lambda r: r["price"])["product"], min(r["units"] for r in records))

matrix = {(r["region"], r["product"]): r["units"] for r in records}
regions = sorted({r["region"] for r in records})
products = sorted({r["product"] for r in records})
print("      " + "".join(f"{p:>8}" for p in products))
for reg in regions:
    print(f"{reg:<6}" + "".join(f"{matrix.get((reg, p), 0):>8}" for p in products))

daily = {}
for r in records:
    daily[r["date"]] = daily.get(r["date"], 0) + r["revenue"]
running, acc = [], 0.0
for day in sorted(daily):
    acc += daily[day]
    running.append((day[-2:], round(acc, 2)))
print(running)
flat = [c for r in records[:2] for c in r["product"] if c not in "aeiou"]
print(flat)
print(any(r["units"] > 15 for r in records), all(r["price"] > 1 for r in records))
print(list(enumerate(products, start=1)), list(zip(regions, products, strict=True)))
pairs = sorted(((a, b) for a in products for b in products if a < b), key=lambda t: t[::-1])
print(pairs)
print({k: v for k, v in sorted(summary.items()) if v[0] > 2})
