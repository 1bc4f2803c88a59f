# Push-based pipelines with generator coroutines (send), a priming decorator and close().


def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = fn.__name__
    return start


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()


@coroutine
def upper(target):
    try:
        while True:
            target.send((yield).upper())
    except GeneratorExit:
        target.close()


@coroutine
def numbered(sink):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            sink.append(f"{n:02d}: {item}")
    except GeneratorExit:
        sink.append(f"-- {n} lines --")


@coroutine
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


LOG = """INFO start
ERROR disk full
INFO retry
WARN slow
ERROR disk still full
INFO done"""

errors, warnings, everything = [], [], []
pipe = broadcast(
    grep("ERROR", upper(numbered(errors))),
    grep("WARN", numbered(warnings)),
    numbered(everything),
)
for line in LOG.splitlines():
    pipe.send(line)
pipe.close()
print(errors)
print(warnings)
print(everything[-2:], len(everything))


@coroutine
def running_stats():
    n = total = 0
    lo = hi = None
    while True:
        cmd = yield (n, total, lo, hi)
        if isinstance(cmd, (int, float)):
            n += 1
            total += cmd
            lo = cmd if lo is None else min(lo, cmd)
            hi = cmd if hi is None else max(hi, cmd)
        elif cmd == "reset":
            n = total = 0
            lo = hi = None
        else:
            raise ValueError(f"bad command {cmd!r}")


st = running_stats()
print([st.send(v) for v in (4, 9, 1)])
print(st.send("reset"), st.send(2.5))
try:
    st.send("oops")
except ValueError as e:
    print(type(e).__name__, e)
try:
    st.send(1)
except StopIteration:
    print("stats coroutine is finished")
print(running_stats.__name__)
