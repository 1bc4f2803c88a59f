# str classification predicates over ASCII and Unicode: digits, numerics, decimals, alpha, space, identifiers, printable.
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "一", "٣.٥", "12a", "", " ", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f\x85", "\u00a0",
           "\u2028", "\u200b", "abc", "Ωμέγα", "日本語", "a b", "_", "x1", "1x", "__init__", "ℕ", "℘", "℮", "·", "a·b",
           "ǅ", "\x00", "é", "e\u0301", "🐍", "Ⅷx", "𝟗", "⑦", "𝔘𝔫𝔦", "ᵃ", "ab\x7f", "ab~", "ﬁ", "⁰", "\u0660", "௰"]
for s in samples:
    print(repr(s), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii())
import keyword
for s in ["if", "match", "None", "print", "déjà", "x-y", "℘x", "a℮", "_1"]:
    print(s, s.isidentifier(), keyword.iskeyword(s))
print(int("٣"), int("𝟗"), float("١٫٥".replace("٫", ".")), int("⑦") if "⑦".isdecimal() else "no int for ⑦")
try:
    int("²")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("½")
except ValueError as e:
    print(type(e).__name__, e)
