print("circ_b: start")
import circ_a
import sys
print("circ_b: circ_a is partial:", not hasattr(circ_a, "A_VALUE"), sys.modules["circ_a"] is circ_a)
try:
    circ_a.A_VALUE
except AttributeError as e:
    print("circ_b: AttributeError:", e)
try:
    from circ_a import A_VALUE
except ImportError as e:
    print("circ_b: ImportError:", str(e).replace(sys.path[0], "<dir>"), e.name)
B_VALUE = "b"
def use_a():
    return circ_a.A_VALUE
print("circ_b: end")
