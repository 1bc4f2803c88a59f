# Module-level __getattr__ (PEP 562) serves missing attributes and from-imports; a module may replace itself in sys.modules.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import lazy_attr
print(lazy_attr.REAL, lazy_attr.dyn_x)
from lazy_attr import dyn_y
print(dyn_y)
try:
    lazy_attr.other
except AttributeError as e:
    print(e)
try:
    from lazy_attr import other
except ImportError as e:
    print(str(e).replace(HERE, "<here>"))
import plainmod
try:
    plainmod.nope
except AttributeError as e:
    print(e)
import replacer
print(type(replacer).__name__, replacer.NAME, sys.modules["replacer"] is replacer)
