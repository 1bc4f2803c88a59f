# Exceptions unwinding through nested calls and loops; exception variable scope; handler ordering; raise in except.
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    if n < 0:
        raise ValueError("negative: " + str(n))
    return 100 // n
def middle(n):
    return risky(n) + 1
def top(values):
    out = []
    for v in values:
        try:
            out.append(middle(v))
        except ZeroDivisionError as e:
            out.append("Z(" + str(e) + ")")
        except ValueError as e:
            out.append("V(" + str(e) + ")")
    return out
print(top([5, 0, -3, 50]))
try:
    raise ValueError("scoped")
except ValueError as err:
    msg = str(err)
print(msg)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
def handler_order(x):
    try:
        if x == 1:
            raise KeyError("k")
        if x == 2:
            raise IndexError("i")
        if x == 3:
            raise TypeError("t")
        return "none"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
print([handler_order(i) for i in range(4)])
def convert(items):
    results = []
    for it in items:
        try:
            results.append(int(it))
        except (ValueError, TypeError) as e:
            results.append(type(e).__name__)
    return results
print(convert(["1", "x", None, 2.7, "  3 "]))
def translate():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("translated " + str(e))
try:
    translate()
except RuntimeError as e:
    print(type(e).__name__, e)
total = 0
for s in ["10", "20", "abc", "30", ""]:
    try:
        total += int(s)
    except ValueError:
        total -= 1
    else:
        total += 1000
print(total)
def raises_type():
    raise TypeError
try:
    raises_type()
except TypeError as e:
    print(repr(e), repr(str(e)))
