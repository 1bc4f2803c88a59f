import runlog
runlog.RUNS.append(__name__)
try:
    VERSION += 1
except NameError:
    VERSION = 1
ONLY_FIRST = VERSION == 1
