# A SyntaxError from exec() at run time, uncaught.
print("before exec")
source = "def broken(:\n    pass\n"
exec(source)
print("not reached")
