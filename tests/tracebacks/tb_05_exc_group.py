# An uncaught exception group: nested groups, an except* clause that
# raises (its context shows inside the box), notes, a folded recursion.
def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    countdown(n - 1)


def gather():
    errors = []
    try:
        countdown(8)
    except ValueError as e:
        e.add_note("raised by countdown")
        errors.append(e)
    errors.append(ExceptionGroup("inner", [KeyError("k"), OSError("o")]))
    errors.append(TypeError("t"))
    raise ExceptionGroup("gathered", errors)


def handle():
    try:
        gather()
    except* TypeError:
        raise RuntimeError("while handling types")


handle()
