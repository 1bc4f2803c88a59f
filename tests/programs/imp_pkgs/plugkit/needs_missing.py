from .core import does_not_exist
