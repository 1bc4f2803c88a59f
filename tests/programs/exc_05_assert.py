# assert statement: passing asserts, failing with and without message, AssertionError args, in functions.
assert True
assert 1 + 1 == 2, "math works"
print("asserts passed")
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError no message:", repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = [1, 2]
    assert len(x) == 3, "expected 3 items, got %d" % len(x)
except AssertionError as e:
    print("AssertionError:", e)
def checked_div(a, b):
    assert b != 0, "divisor must be nonzero"
    return a / b
for b in [2, 0]:
    try:
        print(checked_div(10, b))
    except AssertionError as e:
        print("failed:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
calls = []
def side(v):
    calls.append(v)
    return v
assert side(1), side("msg not evaluated")
print(calls)
try:
    assert side(0), side("msg evaluated")
except AssertionError as e:
    print(calls, e)
def sorted_check(seq):
    for i in range(len(seq) - 1):
        assert seq[i] <= seq[i + 1], f"out of order at {i}: {seq[i]} > {seq[i + 1]}"
    return True
print(sorted_check([1, 2, 3]))
try:
    sorted_check([1, 3, 2])
except AssertionError as e:
    print(e)
print(isinstance(AssertionError(), Exception))
