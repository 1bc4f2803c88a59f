# A non-dict locals mapping sees every name operation: augmented assignment, del, for targets, imports, class and def statements.
class Log:
    def __init__(self):
        self.data = {}
        self.ops = []
    def __getitem__(self, k):
        self.ops.append("get " + k)
        return self.data[k]
    def __setitem__(self, k, v):
        self.ops.append("set " + k)
        self.data[k] = v
    def __delitem__(self, k):
        self.ops.append("del " + k)
        del self.data[k]
    def keys(self):
        return list(self.data)
m = Log()
exec("""
n = 1
n += 41
for i in range(2):
    pass
import math
from math import floor as fl
class K:
    pass
def fn():
    return 1
del i
t = [n for _ in range(1)]
""", {}, m)
print(m.ops)
print(sorted(m.keys()), m.data["n"], m.data["t"])
m2 = Log()
print(eval("len", {}, m2), m2.ops)
try:
    exec("del missing", {}, Log())
except NameError as e:
    print("NameError", e)
try:
    exec("x = undefined_name", {}, Log())
except NameError as e:
    print("NameError", e)
