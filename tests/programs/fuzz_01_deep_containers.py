# Deeply nested containers: repr, str and comparisons raise RecursionError
# (CPython's messages and, for repr, its depth limit) instead of
# exhausting the native stack. Found by the compile_run fuzz target.


def nest(n, make):
    x = None
    for _ in range(n):
        x = make(x)
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r)
    except RecursionError as e:
        print(label, "RecursionError:", e)


def repr_limit(make):
    """The deepest nesting whose repr succeeds, called from one frame."""
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            repr(nest(mid, make))
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


for name, make in [
    ("list", lambda x: [x]),
    ("tuple", lambda x: (x,)),
    ("dict", lambda x: {1: x}),
    ("frozenset", lambda x: frozenset([x])),
    ("dict_values", lambda x: {1: x}.values()),
]:
    shallow = nest(50, make)
    attempt(name + " repr 50", lambda: repr(shallow))
    deep = nest(100000, make)
    attempt(name + " repr", lambda: repr(deep))
    attempt(name + " str", lambda: str(deep))
    attempt(name + " f-string", lambda: f"{deep}")
    attempt(name + " %", lambda: "%s" % (deep,))
    print(name, "repr limit", repr_limit(make))

for name, make in [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {1: x})]:
    a = nest(100000, make)
    b = nest(100000, make)
    attempt(name + " ==", lambda: a == b)
    attempt(name + " !=", lambda: a != b)
    attempt(name + " in", lambda: a in [b])
    attempt(name + " count", lambda: [b].count(a))
    if name != "dict":
        attempt(name + " <", lambda: a < b)
        attempt(name + " sorted", lambda: sorted([a, b]) and "sorted")
    attempt(name + " same ==", lambda: a == a)
    del a, b

# Shallow nesting still compares and hashes natively.
t1 = nest(100, lambda x: (x,))
t2 = nest(100, lambda x: (x,))
print(t1 == t2, hash(t1) == hash(t2), {t1: "v"}[t2])
