# sys.exit with a string: the message goes to stderr and the status is 1.
import sys
print("working")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
sys.exit("fatal: giving up")
