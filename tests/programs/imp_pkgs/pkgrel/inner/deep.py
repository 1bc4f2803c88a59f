from ..sibling import SIB
from .. import sibling
DEEP = "deep:" + SIB + ":" + sibling.__name__
