import sys
class Replacement:
    NAME = "replacement object"
sys.modules[__name__] = Replacement()
