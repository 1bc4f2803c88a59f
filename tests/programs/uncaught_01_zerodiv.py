# Uncaught ZeroDivisionError raised three calls deep after some output: exit status 1, last stderr line checked.
def average(values):
    return sum(values) / len(values)
def report(groups):
    for name in groups:
        print(name, average(groups[name]))
def main():
    groups = {"a": [1, 2, 3], "b": [10, 20], "empty": [], "never": [5]}
    print("starting")
    try:
        print(1 % 0)
    except ZeroDivisionError as e:
        print("handled:", e)
    finally:
        print("cleanup ran")
    print(sorted(groups), len(groups))
    report(groups)
    print("not reached")
main()
print("not reached either")
