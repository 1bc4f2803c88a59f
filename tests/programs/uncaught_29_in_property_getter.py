# An AttributeError raised inside a property getter is reported from deep inside the getter.
class Account:
    def __init__(self, owner):
        self.owner = owner

    @property
    def summary(self):
        return f"{self.owner}: {self.balance_text}"

    @property
    def balance_text(self):
        return f"{self.balance:.2f}"


acct = Account("ann")
print("owner", acct.owner)
print(acct.summary)
