# Unbounded recursion ends in RecursionError.
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
print("again, uncaught")
down(0)
