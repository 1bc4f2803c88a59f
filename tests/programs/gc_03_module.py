# The gc module: collect(generation) and its errors, get_stats, callbacks
# with their phases and info, garbage and DEBUG_SAVEALL, freeze, referrers
# and referents, is_tracked, is_finalized, thresholds and debug flags.
import gc

gc.collect()
# collect(generation) returns the number of unreachable objects found.
a = []
a.append(a)
b = [a]
b.append(b)
del a, b
print("collect:", gc.collect())
print("collect(0) empty:", gc.collect(0))
print("collect(generation=2):", gc.collect(generation=2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)

# get_stats: one dict per generation with three keys.
st = gc.get_stats()
print(type(st).__name__, len(st), [sorted(d) for d in st])
print(all(isinstance(v, int) for d in st for v in d.values()))

# callbacks: "start" then "stop", with the info dict.
log = []
def cb(phase, info):
    log.append((phase, sorted(info), info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
c = []
c.append(c)
del c
n = gc.collect()
gc.callbacks.remove(cb)
print("callbacks:", n, log)

# garbage is a list, empty without DEBUG_SAVEALL.
print("garbage:", type(gc.garbage).__name__, gc.garbage)

# freeze / unfreeze / get_freeze_count
gc.freeze()
print("freeze count is int:", isinstance(gc.get_freeze_count(), int))
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())

# get_referrers / get_referents
x = ["needle"]
holder = [x]
d = {"k": x}
refs = gc.get_referrers(x)
print("referrers:", any(r is holder for r in refs), any(r is d for r in refs))
print("referents:", gc.get_referents(holder) == [x], x in gc.get_referents(d))

# is_tracked / is_finalized
print("tracked:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(holder))
class F:
    def __del__(self):
        pass
f = F()
print("finalized before:", gc.is_finalized(f))
f.me = f
wr_list = [f]
del f
gc.collect()
print("is_finalized exists:", callable(gc.is_finalized), gc.is_finalized(3))

# thresholds and counts
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print("threshold:", gc.get_threshold())
gc.set_threshold(*old)
print("count:", type(gc.get_count()).__name__, len(gc.get_count()))
print("isenabled:", gc.isenabled())
gc.disable()
print("disabled:", gc.isenabled())
gc.enable()
print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("get_debug:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("get_debug:", gc.get_debug())
s = []
s.append(s)
del s
print("saved:", gc.collect(), len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print("cleared:", gc.garbage, gc.get_debug())
class R:
    def __del__(self):
        keep.append(self)
keep = []
r = R()
r.me = r
del r
gc.collect()
print("finalized:", gc.is_finalized(keep[0]))
