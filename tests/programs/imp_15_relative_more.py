# Relative imports in a fresh package: from . import, from .mod import name, from .. import, __package__ and __spec__ basics.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import relpkg2
print(relpkg2.summary())
from relpkg2.sub import leaf2
print(leaf2.PARENT_VALUE, leaf2.SIBLING, leaf2.__package__, leaf2.__name__)
import relpkg2.sub.leaf2 as again
print(again is leaf2, "relpkg2.sub" in sys.modules)
from relpkg2 import *
print(sorted(k for k in dir() if k.startswith("pub")))
print(relpkg2.sub.__path__[0].endswith("sub"), relpkg2.__file__.endswith("__init__.py"))
