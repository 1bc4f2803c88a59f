# weakref.finalize: called once when the object dies, or at exit.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *extra, **kw):
    print("cleanup", name, extra, sorted(kw.items()))
    return "result of " + name


print("-- called when the object dies")
r = Resource("r1")
f = weakref.finalize(r, cleanup, "r1", 1, 2, key="v")
print(f.alive, f.atexit)
obj, func, args, kwargs = f.peek()
print(obj is r, func is cleanup, args, kwargs)
del obj
del r
print("after del", f.alive, f.peek(), f())

print("-- calling it early runs it once")
r = Resource("r2")
f = weakref.finalize(r, cleanup, "r2")
print(f())
print(f.alive, f())
del r
print("no second call")

print("-- detach")
r = Resource("r3")
f = weakref.finalize(r, cleanup, "r3")
d = f.detach()
print(d[0] is r, d[2], f.alive, f.detach())
del d
del r
print("detached: not called")

print("-- several finalizers on one object: newest first")
r = Resource("r4")
fs = [weakref.finalize(r, print, "finalizer", i) for i in range(3)]
del r
print([x.alive for x in fs])

print("-- a finalizer must not keep the object alive")
class Owner:
    def __init__(self):
        self.data = [1, 2, 3]
        self._finalizer = weakref.finalize(self, print, "owner finalized", len(self.data))
    def close(self):
        self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive
o = Owner()
print(o.closed)
o.close()
print(o.closed)
o2 = Owner()
del o2
print("after Owner")

print("-- at exit: remaining finalizers with atexit=True, newest first")
keep1 = Resource("k1")
keep2 = Resource("k2")
keep3 = Resource("k3")
weakref.finalize(keep1, print, "at exit k1")
weakref.finalize(keep2, print, "at exit k2")
quiet = weakref.finalize(keep3, print, "never: atexit is False")
quiet.atexit = False
print(quiet.atexit)

print("-- errors in a finalizer are reported, not raised")
def boom():
    raise ValueError("finalizer failed")
r = Resource("r5")
weakref.finalize(r, boom)
del r
print("still running")
print("end of program")
