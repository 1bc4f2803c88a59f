# An uncaught exception whose __str__ itself raises.
class Broken(Exception):
    def __str__(self):
        raise ValueError("str is broken")
print("raising")
raise Broken("payload")
