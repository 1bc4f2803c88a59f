# An uncaught AttributeError with a close attribute name suggested.
class Account:
    def __init__(self):
        self.balance = 10
        self.owner = "ann"

acct = Account()
print(acct.balance, acct.owner)
print(acct.balanse)
