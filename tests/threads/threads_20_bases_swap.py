# One thread swaps a class's __bases__ back and forth while others call
# methods and read attributes through it: every result is one of the two
# bases' answers, never a crash or a stale mix after the swaps stop.
import threading


class Left:
    side = "L"

    def who(self):
        return "left"


class Right:
    side = "R"

    def who(self):
        return "right"


class Mid(Left):
    pass


class Leaf(Mid):
    def both(self):
        return self.who() + "/" + self.side


stop = threading.Event()
bad = []
seen = set()


def reader():
    leaf = Leaf()
    local = set()
    while not stop.is_set():
        r = leaf.both()
        if r not in ("left/L", "right/R", "left/R", "right/L"):
            bad.append(r)
        local.add(r.split("/")[0])
        m = Leaf.__mro__  # one snapshot: the swapper may run between two reads
        if len(m) != 4 or (Left in m) == (Right in m) or not isinstance(leaf, Mid):
            bad.append([k.__name__ for k in m])
    seen.update(local)


def swapper():
    for i in range(2000):
        Mid.__bases__ = (Right,) if i % 2 == 0 else (Left,)
    stop.set()


readers = [threading.Thread(target=reader) for _ in range(3)]
for t in readers:
    t.start()
s = threading.Thread(target=swapper)
s.start()
s.join()
for t in readers:
    t.join()
print("bad", bad)
print("final", Leaf().both(), [k.__name__ for k in Leaf.__mro__])
print("subclasses", [k.__name__ for k in Left.__subclasses__()], Right.__subclasses__())
Mid.__bases__ = (Right,)
print("after", Leaf().both(), issubclass(Leaf, Right), issubclass(Leaf, Left))
