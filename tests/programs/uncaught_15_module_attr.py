# A misspelt module attribute, uncaught: the hint comes from dir(module).
import sys
print(sys.maxsize > 0, len(sys.argv))
print(sys.version_info[0])
print(sys.getrecursionlimt())
