# An exception raised while importing a module, uncaught: chained traceback; exit status 1 and CPython's last line.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import raiser
print("calling")
raiser.outer()
