#!/usr/bin/env python3
"""Generate oracle cases for format_spec.rs from CPython 3.11.

Writes format_spec_cases.txt next to this script: a '#' comment line, then
one case per line, four tab-separated fields, each encoded with Python's
'unicode_escape' codec:

    kind  spec-or-format  value  expected

kind: R (repr), F (format float), I (format int), S (format str),
P (printf-style '%'). Floats are given as 16 hex digits of their IEEE bits,
ints in decimal. For P the value field is space-separated arguments:
i:<int>, f:<hex bits>, t:<hex of UTF-8 text already converted by str/repr>.
An expected value starting with '!' is an error message. Deterministic
(fixed seed), so regenerating gives the same file; SCALE=N and SEED=S
env variables make a bigger or different run for stress testing.
"""
import math
import os
import random
import struct
import sys
from decimal import Decimal

rng = random.Random(int(os.environ.get("SEED", "20240611")))
# SCALE multiplies the random case counts, for a one-off stress run.
SCALE = int(os.environ.get("SCALE", "1"))
out = []


def enc(s):
    return s.encode("unicode_escape").decode("ascii")


def fbits(x):
    return struct.pack(">d", x).hex()


def run(fn):
    try:
        return fn()
    except (ValueError, OverflowError) as e:
        return "!" + str(e)


def add(kind, spec, value, expected):
    out.append("\t".join([kind, enc(spec), enc(value), enc(expected)]))


def case_float(spec, x):
    add("F", spec, fbits(x), run(lambda: format(x, spec)))


def case_int(spec, n):
    add("I", spec, str(n), run(lambda: format(n, spec)))


def case_str(spec, s):
    add("S", spec, s, run(lambda: format(s, spec)))


def case_pct(fmt, args):
    toks = []
    for a in args:
        if isinstance(a, int):
            toks.append("i:%d" % a)
        elif isinstance(a, float):
            toks.append("f:" + fbits(a))
        else:
            toks.append("t:" + a.encode("utf-8").hex())
    if "%(" in fmt:  # every key maps to the single argument
        value = AnyKey(v=args[0] if args else "")
        add("P", fmt, " ".join(toks), run(lambda: fmt % value))
    else:
        add("P", fmt, " ".join(toks), run(lambda: fmt % tuple(args)))


class AnyKey(dict):
    def __missing__(self, key):
        return self["v"]


# ---- value pools ----
SPECIAL_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e-5, 5e-324,
    1.7976931348623157e308, 2.2250738585072014e-308, 0.5, 1.5, 2.5, -0.5,
    -1.5, 0.125, 0.375, 2.675, 0.045, 1e22, 1e23, 9.999999999999999e22,
    123456789.0, 100000.0, 1234567.0, 1e15, 123456789012345.0,
    1234567890123456.0, 12345678901234567.0, 2e16 + 8, 0.1, 0.2, 0.3,
    1 / 3, 2 / 3, 1e-4, 1e-3, 0.0001234, 9.5, 10.5, 99.5, 999999.5, 0.05,
    0.95, 0.995, 9.9999, 1e100, 1e-100, 1e300, 1e-300, 4.35, 3.14159,
    -2.5e-7, 1.0, -1.0, 10.0, 100.0, 1e5, 1e6, 1e7, 99999.99, 999999.0,
    9999999.0, 0.00001, 0.000099999, 5e-5, 65536.0, 2.0**53, 2.0**63,
    -123.456, 1.0000000000000002, 0.9999999999999999,
]


def rand_float():
    r = rng.random()
    if r < 0.35:
        x = rng.uniform(-1, 1) * 10 ** rng.randint(-25, 25)
    elif r < 0.55:
        x = struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0]
        if not math.isfinite(x):
            x = 1.0
    elif r < 0.75:
        # short decimals, which hit rounding ties and boundaries
        x = round(rng.uniform(-1000, 1000), rng.randint(0, 4))
    elif r < 0.9:
        # exact binary ties: k / 2**n
        x = rng.randint(-4000, 4000) / 2 ** rng.randint(0, 12)
    else:
        x = float(rng.randint(-10**6, 10**6)) * 10.0 ** rng.randint(-8, 20)
    return x


def rand_int():
    r = rng.random()
    if r < 0.4:
        return rng.randint(-1000, 1000)
    if r < 0.7:
        return rng.randint(-10**12, 10**12)
    return rng.randint(-10**60, 10**60)


SPECIAL_INTS = [
    0, 1, -1, 7, -7, 65, 255, -255, 123456789, -123456789, 10**20,
    -10**20, 2**63, 2**64 - 1, -2**63, 10**100, 3**200, 1114111, 9999, 1000,
    2**1024 - 2**970 - 1, 2**1024 - 2**970, 2**1024, 2**53 + 1,
    2**54 + 3, 10**22, 10**23,
]

# ---- float specs ----
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]


def rand_spec(types, allow_z=True, allow_prec=True):
    s = ""
    r = rng.random()
    if r < 0.2:
        s += rng.choice(["*", "x", "0", "€", " ", "_"]) + rng.choice("<>^=")
    elif r < 0.4:
        s += rng.choice("<>^=")
    if rng.random() < 0.3:
        s += rng.choice("+- ")
    if allow_z and rng.random() < 0.1:
        s += "z"
    if rng.random() < 0.2:
        s += "#"
    if rng.random() < 0.2:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.randint(0, 30))
    if rng.random() < 0.25:
        s += rng.choice([",", "_"])
    if allow_prec and rng.random() < 0.6:
        s += "." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, rng.randint(0, 60)]))
    s += rng.choice(types)
    return s


FIXED_FLOAT_SPECS = [
    "", "e", "E", "f", "F", "g", "G", "n", "%", ".0f", ".1f", ".2f", ".3f",
    ".0e", ".3e", ".17g", ".0g", ".1g", ".2g", ".16g", ".0", ".1", ".3",
    ".16", ".17", "10", "<10", "^9", "*>10", "08.3f", "=+10", "+", " ",
    "z", "z.1f", "z.0f", "#", "#.0f", "#.0e", "#g", "#.3g", ",", "_",
    ",.2f", "_.3f", ",g", ",e", ",%", ".1%", "015,.2f", "012_", "020,",
    "+015.3e", "-10.2F", "#.0%", "010", "<010", "^010", "x^15,.3f",
    ".30f", ".60e", ".100f", ".1200f", ".800e", ".20", "#.20", "#10.4G",
    "z+.2f", "z=+9.1e", "€^12", "0=11,.1f", "010.0%", ".3n", "10n",
    "abc", "d", "x", "s", ".", "5.", ",_", "_,", ",n",
    ".3000000000f", "99999999999999999999999", "z#010.3g",
]
for x in SPECIAL_FLOATS:
    for spec in FIXED_FLOAT_SPECS:
        case_float(spec, x)
for _ in range(3000 * SCALE):
    case_float(rand_spec(FLOAT_TYPES), rand_float())
for x in SPECIAL_FLOATS:
    add("R", "", fbits(x), repr(x))
for _ in range(3000 * SCALE):
    x = rand_float()
    add("R", "", fbits(x), repr(x))
def is_repr_tie(x):
    """True when the exact value lies halfway between two shortest reprs."""
    d = Decimal(x).as_tuple()
    digits = "".join(map(str, d.digits)).rstrip("0")
    shortest = repr(x).split("e")[0].replace(".", "").replace("-", "").strip("0")
    return len(digits) == len(shortest) + 1 and digits.endswith("5")


ties = 0
while ties < 300 * SCALE:  # halfway cases: dtoa rounds them to even
    e = rng.randint(-4, 12) if rng.random() < 0.9 else rng.randint(-1074, 971)
    x = math.ldexp(rng.randint(2**52, 2**53 - 1), e)
    if not math.isfinite(x) or not is_repr_tie(x):
        if rng.random() < 0.002:
            add("R", "", fbits(x), repr(x))
        continue
    ties += 1
    add("R", "", fbits(x), repr(x))
for _ in range(300 * SCALE):  # random bit patterns, including subnormals
    x = struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0]
    add("R", "", fbits(x), repr(x))

# ---- int specs ----
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F",
             "g", "G", "%"]
FIXED_INT_SPECS = [
    "", "d", "b", "o", "x", "X", "n", "c", "#x", "#X", "#o", "#b", "=+10d",
    "+d", " d", "010", "08d", "010x", "#010x", "#010b", "<10", "^9", ">10",
    "*>10", "*<10", "*^10", "0<10", ",", "_", ",d", "_d", "_x", "_b", "_o",
    "_X", "#_x", "020,", "012_", "015_b", ",x", ",b", "_n", ".2", ".2f",
    ",.2f", "e", "%", "g", ".0e", "z", "zd", "z.2f", "+c", "#c", " c",
    "10c", "<5c", "abc", "z5", "s", "y", "€", "=10", "=^10", "€=10,",
    "0=10", "#=12x", "+#012X", "09_", "08,", "07,", "06,", ",c", "٣",
    "1٣", ".٣f", "-", "-5", "99999999999999999999999",
]
for n in SPECIAL_INTS:
    for spec in FIXED_INT_SPECS:
        case_int(spec, n)
for _ in range(2500 * SCALE):
    case_int(rand_spec(INT_TYPES, allow_prec=rng.random() < 0.15), rand_int())
for _ in range(200 * SCALE):  # e/f/g/% on ints convert to float
    case_int(rand_spec(["e", "f", "g", "%", "E", "G"]), rand_int())

# ---- str specs ----
STRS = ["", "a", "abc", "hello world", "héllo", "日本語", "x" * 20, "€uro"]
FIXED_STR_SPECS = [
    "", "s", "10", "<10", ">10", "^9", "^10", "*>10", "€^7", ".3", ".0",
    "10.2", "^10.4s", "05", "010", "0>10", "=10", "+", " ", "-", "z", "#",
    ",", "_", ",s", "d", "x", "abc", ".", "=^5", "1٣", "x<3",
]
for s in STRS:
    for spec in FIXED_STR_SPECS:
        case_str(spec, s)
for _ in range(400 * SCALE):
    case_str(rand_spec(["", "s"], allow_z=False), rng.choice(STRS))

# ---- printf-style ----
PCT_INT = [
    "%d", "%i", "%u", "%5d", "%-6d|", "%+d", "% d", "%05d", "%x", "%X",
    "%#x", "%#X", "%o", "%#o", "%.3d", "%#.5x", "%+.3d", "%-+8.3d|",
    "% 05d", "%+05d", "%-05d|", "%#08x", "%#-8x|", "%#8o", "%c", "%5c",
    "%-3c|", "%ld", "%hd", "%Lx", "%e", "%g", "%.2f", "%010.3e", "%#x%%",
    "%%%d%%", "a%db", "%0+10d", "%-010d|", "%0-10d|", "%#+010x",
]
PCT_FLOAT = [
    "%f", "%5.2f", "%e", "%E", "%g", "%G", "%F", "%.0f", "%#.0f", "%.3e",
    "%#g", "%#.3g", "%+f", "% f", "%010.3f", "%-10.3f|", "%+010.2e",
    "%.0e", "%.0g", "%.20g", "%.100f", "%10.4G", "%-+12.5g|", "% 012.4f",
    "%#.0e", "%.17g", "%s", "%d", "%i",
]
for n in SPECIAL_INTS[:22] + [rand_int() for _ in range(60 * SCALE)]:
    for fmt in PCT_INT:
        if "c" in fmt and 0xD800 <= n < 0xE000:
            continue  # lone surrogates are not representable in Rust
        case_pct(fmt, [n])
for x in SPECIAL_FLOATS + [rand_float() for _ in range(80 * SCALE)]:
    for fmt in PCT_FLOAT:
        if fmt == "%s":
            case_pct(fmt, [str(x)])
        elif fmt in ("%d", "%i") and not math.isfinite(x):
            continue
        else:
            case_pct(fmt, [x])
for s in ["abc", "", "héllo wörld", "'q'"]:
    for fmt in ["%s", "%.3s", "%10s|", "%-10s|", "%10r", "%.2r", "%5.1s",
                "%+s", "% 5s", "%05s", "%-05s|", "%#s", "%.0s", "%a"]:
        conv = fmt.rstrip("|")[-1]
        arg = {"r": repr, "a": ascii}.get(conv, str)(s)
        add("P", fmt, "t:" + arg.encode("utf-8").hex(), run(lambda: fmt % (s,)))
for fmt, args in [
    ("%*d", [5, 42]), ("%*d", [-5, 42]), ("%-*d|", [-5, 42]),
    ("%.*f", [2, 3.14159]), ("%.*f", [-3, 1.5]), ("%*.*f", [10, 3, 2.5]),
    ("%(a)s", ["x"]), ("%(a(b))5s", ["x"]), ("%5%", [1]), ("%", []),
    ("abc%", []), ("%(a", []), ("%(a)", []), ("%y", [1]), ("abc %y", [1]),
    ("%lld", [1]), ("%\x01", [1]), ("abc%\u00e9", [1]), ("é%ü", [1]),
    ("%.2147483647d", [1]), ("%.2147483648d", [1]),
    ("%99999999999999999999d", [1]), ("%5", []), ("%.", []), ("%-", []),
    ("%.5", []), ("%l", []), ("%c", [0x110000]), ("%c", [-1]),
    ("%c", [10**30]), ("%c", [0x1F600]), ("%3c", [0x1F600]),
    ("%s and %s", ["a", "b"]), ("%d%%%x", [10, 255]),
    ("%e", [10**400]), ("%f", [2**1024 - 2**970]),
]:
    case_pct(fmt, args)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "format_spec_cases.txt")
with open(path, "w", encoding="ascii") as f:
    f.write("# Oracle cases for format_spec.rs and float_repr.rs, written by "
            "format_spec_cases.py with CPython %s; do not edit.\n" % sys.version.split()[0])
    f.write("\n".join(out) + "\n")
print(len(out), "cases written to", path)
