# An uncaught exception raised from another: the last line is the outer one.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse %r" % text) from e

print(parse("12"))
print(parse("twelve"))
