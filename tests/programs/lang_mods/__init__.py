"""A package used by lang_61_imports_files."""
print("lang_mods package init, __name__ =", __name__)
VERSION = (1, 2)
from .helpers import greet
__all__ = ["greet", "VERSION"]
