# float round-trips: repr/str/float() on many generated values, %.17g, hex, as_integer_ratio, and ordering with ints.
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = []
for i in range(200):
    bits = rnd()
    exp = (bits >> 52) % 2047
    if exp == 2047:
        continue
    sign = -1.0 if bits & 1 else 1.0
    mant = (bits & ((1 << 52) - 1)) | (1 << 52)
    e = (bits >> 20) % 120 - 60
    vals.append(sign * mant * 2.0 ** (e - 52))
bad = 0
for v in vals:
    if float(repr(v)) != v or float(str(v)) != v or float("%.17g" % v) != v or float.fromhex(v.hex()) != v:
        bad += 1
    n, d = v.as_integer_ratio()
    if n / d != v:
        bad += 1
print(len(vals), bad)
for v in vals[:25]:
    print(repr(v), "%.17g" % v, "%.3e" % v, v.hex(), round(v, 3), int(v))
print(sorted(vals)[:3], sorted(vals)[-3:], sum(vals) == sum(sorted(vals)) or "order-dependent sum", max(vals) > 2**59, min(vals) < -(2**59))
mixed = [3, 2.5, -1, 10**20, 1e20, -0.5, True, 2**60, 2.0**60, 7]
print(sorted(mixed), sorted(mixed, reverse=True), [x == 2**60 for x in mixed])
