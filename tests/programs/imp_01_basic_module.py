# Importing a plain .py module from sys.path: module attributes, sys.modules caching, body runs once, `import as`.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
print("before import:", "plainmod" in sys.modules)
import plainmod
print(type(plainmod).__name__, plainmod.__name__, repr(plainmod.__package__))
print(plainmod.__doc__)
print(plainmod.__file__.replace(HERE, "<here>"))
print(sys.modules["plainmod"] is plainmod)
print(plainmod.bump(), plainmod.bump(), plainmod.COUNT)
import plainmod
import plainmod as pm
print("same object:", pm is plainmod, pm.COUNT)
from plainmod import Thing, bump as b
print(Thing(), b())
print(sorted(k for k in vars(plainmod) if not k.startswith("__")))
def inside():
    import plainmod as local_pm
    return local_pm.COUNT
print("from function:", inside())
print("inside locals:", "local_pm" in globals())
