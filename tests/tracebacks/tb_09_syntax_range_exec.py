# A SyntaxError from exec(): the caret line spans the offending range.
source = "total = 1\nprint(total) = 2\n"
exec(source)
