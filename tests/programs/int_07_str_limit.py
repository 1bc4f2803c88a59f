# The CPython 3.11 int/str conversion limit (4300 digits) and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4), len(sys.int_info))
print(type(sys.int_info).__name__)
n = int("9" * 4300)
print(len(str(n)), str(n)[:10], repr(n)[-5:])
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
big = 10**5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % big
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), len(bin(big)), len(oct(big)), int("f" * 5000, 16) > 0, int("1" * 6000, 2) > 0)
print(len(f"{big:x}"), big.bit_length())
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), len(str(int("7" * 5500))))
try:
    int("7" * 6001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10**9000)))
for bad in [100, -1, 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10**639)))
try:
    str(10**640)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits("5")
except TypeError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
try:
    int("1" * 4301 + ".5")
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(float("1" * 5000) > 0, int(1e300) > 0, len(str(int(1e300))))
print(repr(sys.int_info), sys.int_info[2], tuple(sys.int_info)[:2] == sys.int_info[:2], sys.int_info.n_fields if hasattr(sys.int_info, "n_fields") else "")
print(sys.float_info, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
