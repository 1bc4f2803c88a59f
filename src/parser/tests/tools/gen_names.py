# Regenerates ../../unicode_names.rs: a sorted table of Unicode character
# names for \N{...} escapes (a selection of common blocks plus aliases).
import os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ranges = [(0x20, 0x7E), (0xA0, 0x17F), (0x391, 0x3C9), (0x2010, 0x2044), (0x2070, 0x209C),
          (0x20A0, 0x20C0), (0x2100, 0x215F), (0x2190, 0x21FF), (0x2200, 0x22FF),
          (0x2500, 0x25FF), (0x2600, 0x26FF), (0x2713, 0x2718),
          (0x1F600, 0x1F64F)]
entries = {}
for lo, hi in ranges:
    for cp in range(lo, hi + 1):
        n = unicodedata.name(chr(cp), None)
        if n:
            entries[n] = cp
aliases = ["NULL", "NUL", "LINE FEED", "LF", "NEW LINE", "END OF LINE", "EOL", "CARRIAGE RETURN", "CR",
           "CHARACTER TABULATION", "HORIZONTAL TABULATION", "TAB", "HT", "ESCAPE", "ESC", "ALERT", "BEL",
           "BACKSPACE", "BS", "FORM FEED", "FF", "DELETE", "DEL", "LINE TABULATION", "VERTICAL TABULATION",
           "VT", "NBSP", "ZWSP", "ZWJ", "ZWNJ", "BYTE ORDER MARK", "BOM", "ZERO WIDTH NO-BREAK SPACE",
           "SHY", "NNBSP", "WJ", "LRM", "RLM", "ZERO WIDTH SPACE", "ZERO WIDTH JOINER",
           "ZERO WIDTH NON-JOINER", "SOFT HYPHEN", "REPLACEMENT CHARACTER", "OBJECT REPLACEMENT CHARACTER",
           "SPACE", "NO-BREAK SPACE", "WORD JOINER", "LEFT-TO-RIGHT MARK", "RIGHT-TO-LEFT MARK",
           "NEXT LINE", "NEL", "LINE SEPARATOR", "PARAGRAPH SEPARATOR", "INFORMATION SEPARATOR ONE",
           "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY",
           "ACKNOWLEDGE", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE",
           "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE", "CANCEL", "SUBSTITUTE", "FILE SEPARATOR",
           "GROUP SEPARATOR", "RECORD SEPARATOR", "UNIT SEPARATOR", "EM SPACE", "EN SPACE",
           "THIN SPACE", "HAIR SPACE", "IDEOGRAPHIC SPACE", "EURO SIGN"]
for a in aliases:
    try:
        ch = unicodedata.lookup(a)
    except KeyError:
        continue
    if len(ch) == 1:
        entries[a] = ord(ch)
items = sorted(entries.items())
out = ["//! Unicode character names for `\\N{...}` escapes: a generated selection",
       "//! (ASCII, Latin-1, Latin Extended-A, Greek, punctuation, super/subscripts,",
       "//! currency, letterlike symbols, arrows, math operators, box drawing, shapes,",
       "//! miscellaneous symbols, check marks, emoticons, common aliases); generated",
       "//! with Python's `unicodedata` by `tests/tools/gen_names.py`.",
       "//!",
       "//! Invariant: `NAMES` is sorted by name (binary search).",
       "",
       "#[rustfmt::skip]",
       "pub(crate) static NAMES: &[(&str, u32)] = &["]
line = "   "
for n, cp in items:
    item = ' ("%s", 0x%X),' % (n, cp)
    if len(line) + len(item) > 100:
        out.append(line)
        line = "   "
    line += item
out.append(line)
out.append("];")
open(os.path.join(HERE, "..", "..", "unicode_names.rs"), "w").write("\n".join(out) + "\n")
print(len(items), "names")
