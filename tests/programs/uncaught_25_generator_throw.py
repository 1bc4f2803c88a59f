# An exception thrown into a generator that does not handle it comes back out of throw().
def worker():
    done = 0
    try:
        while True:
            job = yield done
            print("doing", job)
            done += 1
    finally:
        print("worker cleanup after", done)


w = worker()
next(w)
w.send("a")
w.send("b")
w.throw(TimeoutError("job took too long"))
