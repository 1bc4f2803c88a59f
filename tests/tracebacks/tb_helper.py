"""Helper module for the traceback tests: a recursive failure and a wrapper."""


def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)


def wrap():
    try:
        fail(2)
    except KeyError as e:
        raise RuntimeError("wrapped") from e
