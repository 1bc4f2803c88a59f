# Peak memory of one million small instances (issue 5): the driver
# (benches/memory.rs) compares the peak resident set, read from
# /proc/self/status at the end, with python3's.
# Usage: instances.py [COUNT]; prints the count and the peak in kB.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def status_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    start = status_kb("VmRSS")
    ps = [P(i, i + 1) for i in range(n)]
    print("instances", len(ps), "start_kb", start, "peak_kb", status_kb("VmHWM"))


main()
