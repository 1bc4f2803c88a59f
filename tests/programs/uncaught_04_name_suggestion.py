# An uncaught NameError: CPython appends "Did you mean" to the last line.
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl

print("before")
print(compute([1, 2, 3]))
