# The cycle collector: cycles of lists, dicts and instances are freed by
# gc.collect(), __del__ in a cycle runs once (and may resurrect), weakref
# callbacks fire, and millions of cyclic structures leave memory flat.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
wa = weakref.ref(a, lambda r: print("callback for a"))
del a, b
print("found garbage:", gc.collect() > 0)
print("weakref dead:", wa() is None)

lst = []
lst.append(lst)
del lst
print("list cycle:", gc.collect())

saved = []


class Phoenix:
    def __del__(self):
        print("__del__ of", self.name)
        saved.append(self)


p = Phoenix()
p.name = "phoenix"
p.me = p
del p
gc.collect()
print("resurrected:", saved[0].name, saved[0].me is saved[0])
saved.clear()
gc.collect()
print("second collect runs no __del__")

for i in range(200000):
    d = {}
    d["self"] = d
    n = Node(i)
    n.other = n
gc.collect()
print("leftover nodes:", sum(isinstance(o, Node) for o in gc.get_objects()))

print(gc.isenabled(), gc.get_threshold()[1:], gc.get_count()[1:])
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
x = [1, [2], "three"]
print(gc.get_referents(x))
print(len(gc.get_referrers(x[1])), gc.get_referrers(x[1])[0] is x)
print(gc.collect(0), gc.collect(generation=1))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
print(events)
