# SystemExit(None) exits 0 silently; a non-int, non-str code is printed.
import sys
try:
    raise SystemExit(None)
except SystemExit as e:
    print("code", e.code)
print("exiting with a list")
sys.exit([1, 2])
