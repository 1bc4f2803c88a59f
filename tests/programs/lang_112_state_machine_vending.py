# A vending machine state machine with enum-like classes and dispatch tables.


class State:
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT = "out_of_service"


class VendingError(Exception):
    pass


class Machine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.balance = 0
        self.history = []
        self.handlers = {
            (State.IDLE, "coin"): self._coin,
            (State.HAS_MONEY, "coin"): self._coin,
            (State.HAS_MONEY, "select"): self._select,
            (State.HAS_MONEY, "refund"): self._refund,
            (State.VENDING, "take"): self._take,
        }

    def fire(self, event, arg=None):
        handler = self.handlers.get((self.state, event))
        if handler is None:
            raise VendingError(f"cannot {event} while {self.state}")
        before = self.state
        result = handler(arg)
        self.history.append((before, event, self.state))
        return result

    def _coin(self, amount):
        if amount not in (5, 10, 25, 100):
            raise VendingError(f"rejected coin {amount}")
        self.balance += amount
        self.state = State.HAS_MONEY
        return self.balance

    def _select(self, item):
        price = self.PRICES[item]
        if self.stock.get(item, 0) == 0:
            raise VendingError(f"{item} sold out")
        if self.balance < price:
            raise VendingError(f"need {price - self.balance} more for {item}")
        self.stock[item] -= 1
        self.balance -= price
        self.state = State.VENDING
        self.pending = item
        return item

    def _refund(self, _):
        out, self.balance = self.balance, 0
        self.state = State.IDLE
        return out

    def _take(self, _):
        item, self.pending = self.pending, None
        self.state = State.HAS_MONEY if self.balance else State.IDLE
        if not any(self.stock.values()):
            self.state = State.OUT
        return item


m = Machine({"cola": 1, "chips": 2, "candy": 0})
script = [
    ("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 25),
    ("coin", 25), ("select", "cola"), ("take", None), ("select", "candy"), ("select", "chips"),
    ("coin", 100), ("coin", 100), ("select", "chips"), ("take", None), ("select", "chips"),
    ("take", None), ("refund", None), ("coin", 5), ("select", "nothing"),
]
for event, arg in script:
    try:
        r = m.fire(event, arg)
        print(f"{event:>6} {arg!s:>6} -> {r!r:<8} state={m.state} bal={m.balance}")
    except VendingError as e:
        print(f"{event:>6} {arg!s:>6} !! {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"{event:>6} {arg!s:>6} !! {type(e).__name__}: {e}")
print(m.stock)
print(len(m.history), m.history[-3:])
transitions = {}
for before, ev, after in m.history:
    transitions.setdefault(before, set()).add(after)
print({k: sorted(v) for k, v in sorted(transitions.items())})
