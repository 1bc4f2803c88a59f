VALUE = 21
def twice(x):
    return x * 2
