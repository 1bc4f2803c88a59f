# Generators and finally blocks: close on exhaustion, on del, return inside try.
log = []
def guarded(name):
    try:
        log.append(name + " start")
        yield 1
        yield 2
    finally:
        log.append(name + " finally")

for x in guarded("loop"):
    if x == 1:
        break
print(log)
log.clear()

g = guarded("dropped")
next(g)
del g
print(log)
log.clear()

g = guarded("exhausted")
print(list(g))
print(log)
log.clear()

def early_return(flag):
    try:
        yield "a"
        if flag:
            return "early"
        yield "b"
    finally:
        log.append("cleanup %s" % flag)
print(list(early_return(True)), list(early_return(False)))
print(log)

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n.close()
print("after close")

def finally_yields():
    try:
        yield 1
    finally:
        print("in finally, state ok")
f = finally_yields()
next(f)
try:
    f.throw(IndexError("x"))
except IndexError as e:
    print("IndexError out:", e)

def swallow():
    try:
        yield 1
    except Exception as e:
        print("swallowed", type(e).__name__)
    yield "after"
s = swallow()
next(s)
print(s.throw(TypeError))
print(list(s))

def with_return_in_finally():
    try:
        yield 1
    finally:
        return "overridden"
w = with_return_in_finally()
next(w)
try:
    w.throw(ValueError("lost"))
except StopIteration as e:
    print("StopIteration:", e.value)

class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False

def gen_with():
    with Res(1), Res(2):
        yield "inside"
gw = gen_with()
print(next(gw))
gw.close()
print("done")
