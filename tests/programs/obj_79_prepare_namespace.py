# __prepare__ returning a custom namespace: ordering, duplicates, counting.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
        self.dups = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            self.dups.append(key)
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = list(ns.order)
        cls._dups = list(ns.dups)
        print("new", name, type(ns).__name__)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Form(metaclass=Ordered, flavour="x"):
    zeta = 1
    alpha = 2

    def method(self):
        return "m"

    alpha = 3
    beta = zeta + alpha


print(Form._order, Form._dups, Form.alpha, Form.beta, Form().method())
print(type(Form.__dict__).__name__)


class Enumish(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class AutoNS(dict):
            counter = 0

            def __missing__(self, key):
                if key.startswith("__"):
                    raise KeyError(key)
                AutoNS.counter += 1
                self[key] = AutoNS.counter
                return AutoNS.counter

        return AutoNS()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Color(metaclass=Enumish):
    RED
    GREEN
    BLUE


print(Color.RED, Color.GREEN, Color.BLUE)


class Plain(type):
    pass


print(type(Plain.__prepare__("X", ())).__name__, Plain.__prepare__("X", ()) == {})


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class S(metaclass=Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
