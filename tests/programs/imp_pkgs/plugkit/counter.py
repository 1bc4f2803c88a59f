import sys

LOADS = getattr(sys.modules.get(__name__), "LOADS", 0) + 1
DATA = {"loads": LOADS}
