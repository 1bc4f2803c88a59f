# Objects made by one thread and then changed by others: every container
# starts with its lock biased to the thread that made it, and the first
# other thread to lock it revokes the bias while the owner keeps running.
import threading

N_THREADS = 4
PER_THREAD = 300
ROUNDS = 3

made = [None] * N_THREADS
ready = threading.Barrier(N_THREADS)


def worker(slot):
    mine = [[slot] for _ in range(PER_THREAD)]
    tables = [{"owner": slot} for _ in range(PER_THREAD)]
    made[slot] = (mine, tables)
    ready.wait()
    for r in range(ROUNDS):
        # Touch every thread's objects, starting with a neighbour's, while
        # their owners do the same to ours.
        for k in range(N_THREADS):
            lists, dicts = made[(slot + k + r) % N_THREADS]
            for lst in lists:
                lst.append(slot)
            for d in dicts:
                d[slot] = d.get(slot, 0) + 1
    ready.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for slot in range(N_THREADS):
    lists, dicts = made[slot]
    assert all(len(l) == 1 + N_THREADS * ROUNDS for l in lists)
    assert all(sorted(l[1:]) == sorted(list(range(N_THREADS)) * ROUNDS) for l in lists)
    assert all(d == {"owner": slot, 0: ROUNDS, 1: ROUNDS, 2: ROUNDS, 3: ROUNDS} for d in dicts)
    print(slot, len(lists), sum(len(l) for l in lists), sum(sum(d.values()) - slot for d in dicts))
print("ok")
