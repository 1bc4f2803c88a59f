# Generators dropped while suspended are closed: finally/with/except GeneratorExit run.
log = []

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return False

def in_with(name):
    with CM(name):
        yield 1
        yield 2

def in_finally(name):
    try:
        yield name
    finally:
        log.append("finally " + name)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("GeneratorExit seen")
        raise

g = in_with("a")
next(g)
del g
print(log); log.clear()

g = in_finally("rebound")
next(g)
g = None
print(log); log.clear()

for x in in_finally("loop"):
    break
print(log); log.clear()

def user():
    g = in_finally("local")
    next(g)
    return "returned"
print(user(), log); log.clear()

gens = [in_finally("list%d" % i) for i in range(3)]
for g in gens:
    next(g)
del g
gens.clear()
print(log); log.clear()

c = catches_exit()
next(c)
del c
print(log); log.clear()

# Not started or finished: nothing runs.
g = in_finally("never started")
del g
g = in_finally("finished")
list(g)
print(log); log.clear()
del g
print(log); log.clear()

# Delegation: dropping the outer closes the inner.
def outer():
    try:
        yield from in_finally("inner")
    finally:
        log.append("finally outer")
o = outer()
next(o)
del o
print(log); log.clear()

# Closing explicitly, then dropping: runs once.
g = in_finally("explicit")
next(g)
g.close()
del g
print(log); log.clear()

# A generator that ignores GeneratorExit when dropped: reported, not raised.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        log.append("stubborn ignores")
    yield 2
s = stubborn()
next(s)
del s
print(log); log.clear()

# Raising from the finally of a dropped generator: reported, not raised.
def bad_finally():
    try:
        yield 1
    finally:
        log.append("bad finally")
        raise ValueError("from finally")
b = bad_finally()
next(b)
del b
print(log, "still running"); log.clear()

# Cycle-free chain: generator holding another generator.
def holder():
    inner = in_finally("held")
    next(inner)
    try:
        yield "holding"
    finally:
        log.append("holder finally")
h = holder()
next(h)
del h
print(log); log.clear()

# Suspended at module level when the program ends: closed at exit.
def at_exit():
    try:
        yield 1
    finally:
        print("closed at exit")
keep = at_exit()
next(keep)
print("end of module")
