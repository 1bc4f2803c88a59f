from .square import Square
from . import circle
__all__ = ["Square", "circle"]
