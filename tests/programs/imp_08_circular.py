# Circular imports: the partially initialised module is visible; AttributeError / ImportError name the circular import.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import circ_a
import circ_b
print(circ_a.use_b(), circ_b.use_a())
print(circ_a.circ_b is circ_b, circ_b.circ_a is circ_a)
print([m for m in sys.modules if m.startswith("circ_")])
