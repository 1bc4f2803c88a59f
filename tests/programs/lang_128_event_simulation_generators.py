# A discrete-event simulation of a queue with generator processes and a heap by hand.


class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        a = self.items
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(a)]
            if not kids:
                break
            m = min(kids, key=lambda k: a[k])
            if a[m] < a[i]:
                a[m], a[i] = a[i], a[m]
                i = m
            else:
                break
        return top

    def __bool__(self):
        return bool(self.items)


def customer(name, arrive, service, counter):
    yield ("wait", arrive)
    log.append(f"t={now[0]:>2} {name} arrives")
    while counter["busy"]:
        yield ("wait", 1)
    counter["busy"] = True
    log.append(f"t={now[0]:>2} {name} served")
    yield ("wait", service)
    counter["busy"] = False
    log.append(f"t={now[0]:>2} {name} leaves")
    return now[0] - arrive


def simulate(procs):
    heap = Heap()
    results = {}
    for seq, (name, gen) in enumerate(procs):
        heap.push((0, seq, name, gen))
    seq = len(procs)
    while heap:
        t, _, name, gen = heap.pop()
        now[0] = t
        try:
            kind, dt = next(gen)
            seq += 1
            heap.push((t + dt, seq, name, gen))
        except StopIteration as stop:
            results[name] = stop.value
    return results


log = []
now = [0]
counter = {"busy": False}
specs = [("ann", 0, 4), ("bob", 1, 2), ("cy", 2, 3), ("dee", 10, 1)]
res = simulate([(n, customer(n, a, s, counter)) for n, a, s in specs])
print("\n".join(log))
print(sorted(res.items()), now[0])

h = Heap()
for v in [5, 3, 9, 1, 7, 2, 8]:
    h.push(v)
print([h.pop() for _ in range(7)], bool(h))
