import sys
__all__ = ["alpha", "Beta", "_hidden_but_listed"]
alpha = 1
class Beta:
    pass
gamma = 3
_hidden_but_listed = "listed"
_private = "private"
