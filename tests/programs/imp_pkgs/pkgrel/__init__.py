from . import sibling
from .sibling import twice
from .inner.deep import DEEP
NAME = "pkgrel"
