# parallel.py: does Python code run on two cores at once?
#
# One CPU-bound job (counting primes below LIMIT by trial division) is run
# first on 1 thread and then split over 2 threads, inside this one process,
# timed with time.perf_counter.  On ferropy's free-threaded build the 2-thread
# run should take about half as long; on the GIL build (and on CPython 3.11)
# the lock lets only one thread run Python code at a time, so it does not.
#
#   ferropy examples/parallel.py      showcase: 1 thread, then 2, with timings
#   ferropy examples/parallel.py N    bench mode: only the N-thread run and the
#                                     deterministic result, no timings (this
#                                     is how `cargo bench --bench scaling --
#                                     --demo` runs it, one process per run)
import sys
import threading
import time

LIMIT = 400000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(first, step, results, slot):
    # Odd candidates 3 + 2*first, then every step-th odd number after it:
    # every thread gets the same mix of cheap and expensive numbers. (Even
    # numbers are never prime, so none are handed out; 2 is counted once.)
    count = 1 if first == 0 else 0
    for n in range(3 + 2 * first, LIMIT, 2 * step):
        if is_prime(n):
            count += 1
    results[slot] = count


def run(nthreads):
    results = [0] * nthreads
    threads = []
    for t in range(nthreads):
        threads.append(threading.Thread(target=count_primes, args=(t, nthreads, results, t)))
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - start
    return sum(results), elapsed


def millis(seconds):
    return int(seconds * 1000 + 0.5)


def main():
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
        if n < 1:
            n = 1
        total, elapsed = run(n)
        print("primes below " + str(LIMIT) + ":", total)
        return
    total1, t1 = run(1)
    total2, t2 = run(2)
    # Deterministic part first...
    print("primes below " + str(LIMIT) + ":", total1, "with 1 thread,", total2, "with 2 threads")
    # ...then the timings, which vary from run to run.
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print("GIL enabled:", gil)
    print("1 thread: ", millis(t1), "ms")
    print("2 threads:", millis(t2), "ms")
    print("speedup:  ", millis(t1 / t2) / 1000, "x")


main()
