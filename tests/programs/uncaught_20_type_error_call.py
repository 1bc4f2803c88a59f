# A call with a missing argument, uncaught: the message names the function.
class Greeter:
    def greet(self, name, punctuation):
        return "hello " + name + punctuation
g = Greeter()
print(g.greet("ann", "!"))
print(g.greet("bob"))
