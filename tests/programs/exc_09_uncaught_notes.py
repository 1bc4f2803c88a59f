# An uncaught exception with notes: the notes print after the message; suspended generators close at exit.
def gen():
    try:
        yield 1
    finally:
        print("gen closed at exit")
g = gen()
next(g)
def fail():
    e = ValueError("final")
    e.add_note("note line 1")
    e.add_note("note line 2")
    raise e
try:
    fail()
except ValueError as ex:
    print("caught once", ex.__notes__)
print("before the uncaught one")
fail()
