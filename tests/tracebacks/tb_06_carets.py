# Column carets (CPython 3.11): a binary operator's `~~^~~`, a subscript's
# `~^^^`, a call's `^^^^`, none when the expression is the whole line;
# multi-line calls, methods, decorators, comparisons in asserts, and
# non-ASCII text before the range.
def divide(a, b):
    return a + a / b


def lookup(table, key):
    value = table[key]["inner"]
    return value


class Box:
    def open(self, how):
        return how.missing_attribute


def decorate(f):
    raise LookupError("decorator failed")


def check(n):
    assert n > 10, "too small"


def step(name):
    try:
        if name == "divide":
            total = divide(1,
                           0)
        elif name == "lookup":
            résumé = {"k": {}}
            found = lookup(résumé, "k") or lookup(résumé, "z")
        elif name == "method":
            Box().open(None)
        elif name == "decorator":
            @decorate
            def f():
                pass
        elif name == "assert":
            check(3)
    except Exception as e:
        return e


errors = [step(n) for n in ["divide", "lookup", "method", "decorator", "assert"]]
for e in errors:
    print(type(e).__name__)
raise ExceptionGroup("all failed", errors)
