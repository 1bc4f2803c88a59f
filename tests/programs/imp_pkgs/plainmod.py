"""A plain module for the import tests."""
print("plainmod: body runs, __name__ =", __name__)
COUNT = 0
def bump():
    global COUNT
    COUNT += 1
    return COUNT
class Thing:
    def __repr__(self):
        return "Thing()"
