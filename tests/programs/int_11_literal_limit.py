# Decimal int literals past sys.get_int_max_str_digits() are a SyntaxError
# (CPython 3.11), hex ones are not; the limit can be lifted or raised.
import sys
src = "x = " + "1" * 5000
try:
    compile(src, "<big>", "exec")
except SyntaxError as e:
    print(e.msg[:60], e.lineno, e.offset, e.end_lineno, e.end_offset)
print("hex ok", eval("0x" + "f" * 5000) % 7)
sys.set_int_max_str_digits(0)
ns = {}
exec(src, ns)
print(ns["x"] % 1000)
sys.set_int_max_str_digits(5000)
exec("y = " + "2" * 5000, ns)
print(ns["y"] % 10)
try:
    exec("y = " + "2_" * 5000 + "2", ns)
except SyntaxError as e:
    print(e.msg[:40])
print(1_000_000, 00, 0.5e10, 3j)
