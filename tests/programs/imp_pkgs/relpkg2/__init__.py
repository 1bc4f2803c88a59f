from . import core
from .core import VALUE as _VALUE
__all__ = ["public_a", "public_b"]
public_a = "A"
public_b = "B"
hidden = "H"
def summary():
    from .sub import leaf2
    return (_VALUE, core.twice(_VALUE), leaf2.SIBLING)
