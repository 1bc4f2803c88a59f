"""A small plugin framework used by imp_19..imp_21."""
from .core import Registry, register
from . import plugins

__all__ = ["Registry", "register", "load_all", "VERSION"]
VERSION = (1, 2)
_private = "hidden"
helper_not_exported = "not in __all__"


def load_all():
    from .plugins import alpha, beta
    return sorted(Registry.items)


def __getattr__(name):
    if name == "lazy_answer":
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
