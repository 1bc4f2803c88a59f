from ..core import VALUE as PARENT_VALUE
from . import parent_core
SIBLING = "sibling of " + parent_core.__name__
