# loops: tight `for i in range(n)` and `while` loops doing arithmetic and list
# indexing (reads and writes) on data each thread builds for itself.  Nothing
# is shared between threads except each thread's result slot.  A fixed total
# of JOBS jobs is split evenly over the threads (strong scaling); every job
# overwrites its scratch list completely, so results do not depend on which
# thread ran which job.
# Usage: loops.py [THREADS]; prints a checksum that does not depend on the
# thread count.
import sys
import threading

JOBS = 30000
WIDTH = 200
MOD = 1000000007


def run_job(job, data, scratch):
    m = len(data)
    s = 0
    for j in range(m):
        s = s + data[j] * ((job + j) % 13)
    j = 0
    while j < m:
        scratch[j] = (data[j] + job) % 97
        j += 1
    t = 0
    for j in range(m):
        t = t + scratch[j] * j + data[m - 1 - j]
    k = m - 1
    while k > 0:
        if scratch[k] > scratch[k - 1]:
            t = t + 1
        k -= 1
    return (s + t) % MOD


def worker(start, stop, slot, results):
    data = [(j * 7 + 3) % 101 for j in range(WIDTH)]
    scratch = [0] * WIDTH
    acc = 0
    for job in range(start, stop):
        acc = (acc + run_job(job, data, scratch)) % MOD
    results[slot] = acc


def main():
    n = 1
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    if n < 1:
        n = 1
    results = [0] * n
    threads = []
    for t in range(n):
        start = JOBS * t // n
        stop = JOBS * (t + 1) // n
        threads.append(threading.Thread(target=worker, args=(start, stop, t, results)))
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print("loops jobs", JOBS, "width", WIDTH, "checksum", sum(results) % MOD)


main()
