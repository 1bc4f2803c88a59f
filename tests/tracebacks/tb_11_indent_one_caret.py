# An IndentationError has one caret whatever its end (CPython ignores the end of subclasses).
exec("if True:\npass\n")
