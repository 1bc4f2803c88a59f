def fail(n):
    if n == 0:
        raise KeyError("deep")
    return fail(n - 1)

def outer():
    try:
        fail(2)
    except KeyError as e:
        raise RuntimeError("wrapped") from e
