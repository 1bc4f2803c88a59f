print("helpers loading as", __name__, "package", __package__)
_private = "hidden"
def greet(who):
    return "hello " + who
counter = 0
def bump():
    global counter
    counter += 1
    return counter
