# sys.path is a real list: script folder first; adding a folder at run time makes its modules importable.
import sys
print(type(sys.path).__name__, __file__.rsplit("/", 1)[0] == sys.path[0])
try:
    import plainmod
except ModuleNotFoundError as e:
    print(e)
sys.path.append(sys.path[0] + "/imp_pkgs")
import plainmod
print(plainmod.__file__.endswith("imp_pkgs/plainmod.py"))
sys.path.remove(sys.path[-1])
import plainmod as again
print(again is plainmod)
del sys.modules["plainmod"]
try:
    import plainmod
except ModuleNotFoundError as e:
    print(e, e.name)
import imp_pkgs.runlog
print(imp_pkgs.runlog.RUNS, imp_pkgs.runlog.__name__, imp_pkgs.__name__)
print(hasattr(imp_pkgs, "__file__"), [p.rsplit("/", 1)[1] for p in imp_pkgs.__path__])
