# An error while a class body runs: the class is never bound.
def make_defaults():
    return {"size": 3}


class Widget:
    defaults = make_defaults()
    print("defining Widget with", defaults)
    size = defaults["size"]
    color = defaults["color"]

    def draw(self):
        return "never defined"


print("unreachable", Widget)
