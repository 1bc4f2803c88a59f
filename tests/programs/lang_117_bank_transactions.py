# A bank ledger: class hierarchy, custom exceptions, rollback via context manager.


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.needed = needed


class FrozenAccount(Exception):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        Account._next_number += 1
        self.number = Account._next_number

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount

    def __repr__(self):
        return f"{type(self).__name__}({self.owner}, {self.balance})"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.rate), 2)


class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount - self.balance - self.limit)
        self.balance -= amount


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.snapshot = [a.balance for a in self.accounts]
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            for a, bal in zip(self.accounts, self.snapshot):
                a.balance = bal
            print(f"  rollback after {et.__name__}: {ev}")
        return et is not None and issubclass(et, (InsufficientFunds, FrozenAccount))


def transfer(src, dst, amount):
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)
        return True
    return False


alice, bob, carol = Account("alice", 100), Savings("bob", 50), Overdraft("carol", 10)
print([a.number for a in (alice, bob, carol)])
print(transfer(alice, bob, 30), alice, bob)
print(transfer(bob, alice, 500), alice, bob)
print(transfer(carol, alice, 100), carol, alice)
print(transfer(carol, alice, 100), carol, alice)
bob.frozen = True
print(transfer(bob, carol, 1), bob, carol)
try:
    transfer(alice, bob, -5)
except ValueError as e:
    print(type(e).__name__, e)
bob.add_interest()
print(bob, Savings.rate, isinstance(carol, Account), type(carol).__mro__[1].__name__)
total = sum(a.balance for a in (alice, bob, carol))
print(f"total={total:.2f}")
