#!/usr/bin/env python3
"""Regenerate the golden files of the differential test corpus from CPython.

For every test program tests/programs/*.py and tests/threads/*.py this runs
CPython (the oracle) with cwd = the program's folder, PYTHONHASHSEED=0 and a
timeout, and writes next to the program:

  NAME.out   stdout, byte for byte (always written)
  NAME.exit  the exit status, only when it is not 0
  NAME.err   the last line of stderr, only when the exit status is not 0
             (e.g. "ZeroDivisionError: division by zero")

Stale .exit/.err files of programs that now exit 0 are removed.

Every tests/tracebacks/tb_*.py (scripts that fail) also gets NAME.stderr: its
whole stderr (the traceback), with the folder's absolute path written as
<DIR>; tests/cli.rs compares ferropy's stderr with it.

Usage (from the repository root):
  python3 tests/regen_golden.py                 # all programs
  python3 tests/regen_golden.py str_ threads_01 # programs whose path contains a word
  python3 tests/regen_golden.py --check         # only compare, write nothing
Options:
  --check          compare CPython's output with the stored goldens, exit 1 on any difference
                   (run it twice in a row to spot nondeterministic programs)
  --timeout SECS   per-program timeout (default 60)
  --python PATH    interpreter to use (default: the one running this script)
  --jobs N         programs run in parallel (default 2)
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ["programs", "threads"]


def discover(selectors):
    found = []
    for folder in FOLDERS:
        d = os.path.join(TESTS_DIR, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            rel = folder + "/" + name
            if selectors and not any(s in rel for s in selectors):
                continue
            found.append((folder, name))
    return found


def last_line(text):
    lines = text.rstrip().splitlines()
    return lines[-1].strip() if lines else ""


def run(python, folder, name, timeout):
    cwd = os.path.join(TESTS_DIR, folder)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        p = subprocess.run(
            [python, name],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write(path, data):
    if read(path) == data:
        return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def remove(path):
    if os.path.exists(path):
        os.remove(path)
        return True
    return False


def regen_tracebacks(python, selectors, check, timeout):
    d = os.path.join(TESTS_DIR, "tracebacks")
    for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        if not (name.startswith("tb_") and name[3:4].isdigit() and name.endswith(".py")):
            continue
        if selectors and not any(s in "tracebacks/" + name for s in selectors):
            continue
        res = run(python, "tracebacks", name, timeout)
        if res is None:
            print("TIMEOUT  tracebacks/%s" % name)
            continue
        data = res[2].replace(d, "<DIR>").encode()
        path = os.path.join(d, name[:-3] + ".stderr")
        if check:
            if read(path) != data:
                print("DIFFERS  tracebacks/%s: .stderr" % name)
        elif write(path, data):
            print("updated  tracebacks/%s" % name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("select", nargs="*", help="substrings of 'programs/NAME.py' or 'threads/NAME.py'")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version_info[:2])"],
                             stdout=subprocess.PIPE, text=True).stdout.strip()
    if version != "(3, 11)":
        print("warning: the oracle should be CPython 3.11, got %s" % version, file=sys.stderr)

    regen_tracebacks(args.python, args.select, args.check, args.timeout)
    progs = discover(args.select)
    if not progs and any("tb_" in s for s in args.select):
        return 0
    if not progs:
        print("no programs selected", file=sys.stderr)
        return 1

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futures = [(f, n, ex.submit(run, args.python, f, n, args.timeout)) for f, n in progs]
        results = [(f, n, fut.result()) for f, n, fut in futures]

    problems = 0
    changed = 0
    for folder, name, res in results:
        rel = folder + "/" + name
        base = os.path.join(TESTS_DIR, folder, name[:-3])
        if res is None:
            print("TIMEOUT  %s (> %ss), goldens left untouched" % (rel, args.timeout))
            problems += 1
            continue
        code, out, err = res
        exit_data = ("%d\n" % code).encode() if code != 0 else None
        err_data = (last_line(err) + "\n").encode() if code != 0 else None
        if code != 0 and not err.strip():
            print("WARNING  %s exits %d with an empty stderr" % (rel, code))
        if args.check:
            diffs = []
            if read(base + ".out") != out:
                diffs.append(".out")
            if read(base + ".exit") != exit_data:
                diffs.append(".exit")
            if read(base + ".err") != err_data:
                diffs.append(".err")
            if diffs:
                print("DIFFERS  %s: %s" % (rel, ", ".join(diffs)))
                problems += 1
            continue
        touched = write(base + ".out", out)
        if code != 0:
            touched |= write(base + ".exit", exit_data)
            touched |= write(base + ".err", err_data)
            print("exit %-3d %s  [%s]" % (code, rel, last_line(err)))
        else:
            touched |= remove(base + ".exit")
            touched |= remove(base + ".err")
        if touched:
            changed += 1
            print("updated  %s" % rel)

    if args.check:
        print("%d programs checked, %d differ or failed" % (len(results), problems))
    else:
        print("%d programs run, %d golden sets updated, %d timed out" % (len(results), changed, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
