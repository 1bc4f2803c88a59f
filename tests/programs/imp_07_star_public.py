# `from m import *` without __all__: every name not starting with an underscore, imported modules included.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
before = set(globals())
from starpublic import *
print(sorted(set(globals()) - before - {"before"}))
print(one, two, func(), plainmod.__name__)
