# `with lock:` protected counter incremented from 4 threads gives an exact total; acquire/release variant too.
import threading
T = 4
N = 50000
counter = 0
lock = threading.Lock()
def inc_with(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=inc_with, args=(N,)) for _ in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("with-lock counter", counter, counter == T * N)
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()
    def deposit(self, amount):
        self.lock.acquire()
        self.balance += amount
        self.lock.release()
    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False
acct = Account()
def depositor():
    for _ in range(20000):
        acct.deposit(3)
def withdrawer(results):
    ok = 0
    for _ in range(10000):
        if acct.withdraw(1):
            ok += 1
    results.append(ok)
results = []
ths = [threading.Thread(target=depositor) for _ in range(2)]
for th in ths:
    th.start()
for th in ths:
    th.join()
ths = [threading.Thread(target=withdrawer, args=(results,)) for _ in range(3)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print("balance", acct.balance, "withdrawals", sorted(results))
print("lock free again", lock.acquire())
lock.release()
with lock:
    counter += 1
print("final", counter)
