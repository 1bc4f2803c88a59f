# Class changes made by another thread are seen by this thread's attribute cache.
import threading
class Shared:
    value = 0
    def get(self):
        return "v0"
obj = Shared()
go = threading.Event()
done = threading.Event()
def reader_warm():
    return [obj.value for _ in range(100)][-1], obj.get()
print(reader_warm())
def writer(step):
    if step == 1:
        Shared.value = 1
    elif step == 2:
        Shared.get = lambda self: "v2"
    elif step == 3:
        del Shared.value
        Shared.value = 3
for step in (1, 2, 3):
    t = threading.Thread(target=writer, args=(step,))
    t.start()
    t.join()
    print(step, reader_warm())
seen = []
ready = threading.Barrier(2)
class Config:
    mode = "initial"
def watcher():
    ready.wait()
    while Config.mode != "final":
        pass
    seen.append(Config.mode)
w = threading.Thread(target=watcher)
w.start()
ready.wait()
Config.mode = "middle"
Config.mode = "final"
w.join()
print(seen)
class Base:
    def kind(self):
        return "base"
class Child(Base):
    pass
c = Child()
print(c.kind())
def patch():
    Base.kind = lambda self: "patched"
t = threading.Thread(target=patch)
t.start()
t.join()
print(c.kind(), Child().kind())
counts = []
def reader(n):
    total = 0
    for _ in range(n):
        total += Shared.value
    counts.append(total)
threads = [threading.Thread(target=reader, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(counts))
