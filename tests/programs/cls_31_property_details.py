# property details: setter/deleter chaining, copies, subclassing, doc.
class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        "The current balance."
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    @balance.deleter
    def balance(self):
        print("  closing account")
        self._balance = None


a = Account()
a.balance = 10
print(a.balance, Account.balance.__doc__)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(a.balance)

p = Account.__dict__["balance"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
ro = property(p.fget)
print(ro.fset, ro.fdel, ro.__doc__)
ro2 = ro.setter(p.fset)
print(ro2 is ro, ro2.fset is p.fset, ro.fset)


# Subclass overriding only the getter keeps nothing from the parent's property.
class Savings(Account):
    @property
    def balance(self):
        return super().balance * 2


s = Savings()
s._balance = 5
print(s.balance)
try:
    s.balance = 7
except AttributeError as e:
    print("AttributeError:", e)


# Extending a parent's property with a new setter.
class Checked(Account):
    @Account.balance.setter
    def balance(self, v):
        print("  checked set", v)
        Account.balance.fset(self, v)


c = Checked()
c.balance = 3
print(c.balance, Account.balance.fset.__name__)


# A property subclass.
class loud_property(property):
    def __get__(self, obj, owner=None):
        if obj is not None:
            print("  loud get")
        return super().__get__(obj, owner)


class L:
    @loud_property
    def v(self):
        return 1


print(L().v, type(L.__dict__["v"]).__name__, isinstance(L.__dict__["v"], property))
print(L.v.__class__.__name__)

# property() with keyword arguments and doc taken from the getter.
def get_x(self):
    "x doc"
    return 5


class K:
    x = property(fget=get_x, doc="explicit doc")
    y = property(get_x)
    z = property()


print(K().x, K.x.__doc__, K.y.__doc__, K.z.__doc__)
try:
    K().z
except AttributeError as e:
    print("AttributeError:", e)
try:
    K().y = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del K().y
except AttributeError as e:
    print("AttributeError:", e)


# A getter raising AttributeError falls back to __getattr__.
class Fallback:
    @property
    def value(self):
        raise AttributeError("computed value unavailable")

    def __getattr__(self, name):
        return f"__getattr__({name})"


print(Fallback().value)
print(hasattr(Fallback(), "value"))
# Property on class access returns the property itself.
print(isinstance(Account.balance, property), Account.balance.__get__(None, Account) is Account.balance)
print(Account.balance.__get__(a), Account.balance.__set__(a, 4), a.balance)
