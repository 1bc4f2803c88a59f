# The script itself does not parse: nothing runs, the SyntaxError is reported.
print("this line never runs")
def f():
    return [1, 2
print(f())
