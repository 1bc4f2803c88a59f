# `from m import *` honours __all__ (including private names it lists); in a package, __all__'s submodules are imported.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
before = set(globals())
from starall import *
print(sorted(set(globals()) - before - {"before"}))
print(alpha, Beta.__name__, _hidden_but_listed)
print("gamma" in globals(), "_private" in globals(), "sys" in globals())
before = set(globals())
from starpkg import *
print(sorted(set(globals()) - before - {"before"}))
print(mod_a.A, mod_b.B, VALUE)
print("starpkg.mod_c" in sys.modules)
