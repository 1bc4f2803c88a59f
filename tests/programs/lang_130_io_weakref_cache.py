# io.StringIO as a report sink, print(file=...), and a weakref-based cache.
import gc
import io
import sys
import weakref


def report(rows, out):
    print("name,score", file=out)
    for name, score in rows:
        print(name, score, sep=",", file=out)
    out.write(f"# {len(rows)} rows\n")


buf = io.StringIO()
report([("a", 1), ("b", 22)], buf)
text = buf.getvalue()
print(repr(text), buf.tell() == len(text))
buf.seek(0)
print(buf.readline().rstrip(), buf.read().splitlines())
src = io.StringIO("x=1\ny=2\n\nz=3\n")
print([line.strip() for line in src if line.strip()])
sys.stdout.write("direct write\n")
print("no newline", end="|")
print("joined", "parts", sep="+", end="\n")


class Texture:
    loads = 0

    def __init__(self, name):
        Texture.loads += 1
        self.name = name

    def __repr__(self):
        return f"Texture({self.name})"


class Cache:
    def __init__(self):
        self.store = weakref.WeakValueDictionary()

    def get(self, name):
        obj = self.store.get(name)
        if obj is None:
            obj = Texture(name)
            self.store[name] = obj
        return obj


cache = Cache()
t1 = cache.get("grass")
t2 = cache.get("grass")
print(t1 is t2, Texture.loads, sorted(cache.store.keys()))
del t1, t2
gc.collect()
print(sorted(cache.store.keys()))
t3 = cache.get("grass")
print(Texture.loads, t3)

ref = weakref.ref(t3)
print(ref() is t3)
notes = []
fin = weakref.finalize(t3, notes.append, "finalized")
del t3
gc.collect()
print(ref(), notes, fin.alive)


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def path(self):
        return (self.parent.path() + "/" if self.parent else "") + self.name


root = Node("root")
leaf = Node("leaf", Node("mid", root))
print(leaf.path(), [c.name for c in root.children])
try:
    weakref.ref(5)
except TypeError as e:
    print(type(e).__name__, e)
