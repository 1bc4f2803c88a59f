# Relative imports inside packages: `from . import x`, `from .m import y`, `from .. import z`, `from ..m import w`.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import pkgrel
print(pkgrel.NAME, pkgrel.twice(21), pkgrel.DEEP)
print(pkgrel.sibling.SIB, pkgrel.sibling.__name__)
import pkgrel.inner
print(pkgrel.inner.other.OTHER, pkgrel.inner.INNER_OTHER, pkgrel.inner.deep.DEEP)
print(pkgrel.inner.__package__, pkgrel.inner.deep.__package__)
print(sorted(m for m in sys.modules if m.startswith("pkgrel")))
