# Tracebacks: an exception raised while handling another (implicit chaining) ends the program with status 1.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import plainmod
def handler():
    try:
        {}["missing"]
    except KeyError:
        plainmod.undefined_function()
print("start")
handler()
