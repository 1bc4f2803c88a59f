# sys.exit with an int status, from inside nested calls and a finally block.
import sys
def inner():
    try:
        print("inner running")
        sys.exit(7)
    finally:
        print("finally still runs")
def outer():
    inner()
    print("never printed")
outer()
