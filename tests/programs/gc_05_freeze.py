# gc.freeze() moves every tracked object to the permanent generation:
# collections ignore it (a frozen cycle survives, and so does what it
# refers to), gc.get_objects() no longer lists it, and unfreeze() gives it
# back to the collector.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self


gc.collect()
a = Node("a")
wa = weakref.ref(a)
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("a listed:", any(o is a for o in gc.get_objects()))
del a
print("collect while frozen:", gc.collect())
print("frozen cycle alive:", wa() is not None, wa().name)

b = Node("b")
wb = weakref.ref(b)
del b
print("collect a new cycle:", gc.collect(), wb() is None)

gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect() >= 1, wa() is None)
try:
    gc.freeze(1)
except TypeError as e:
    print("TypeError:", e)
