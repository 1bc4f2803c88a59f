# ast.dump of statement kinds: imports, assignments, loops, raise/assert,
# del, pass/break/continue, global/nonlocal, return at module level.
import ast

SOURCES = [
    "import a.b as c, d",
    "from ..x import (y as z, w)",
    "from . import q",
    "from m import *",
    "x = y = 1",
    "a, *b = c",
    "[a, b] = c",
    "a[1] = b.c = d",
    "x += 1; y @= 2; z //= 3; w **= 4; v >>= 1; u ^= 5",
    "x: int",
    "y: list[int] = []",
    "(z): int = 3",
    "a.b: int",
    "for a, *b in c:\n    continue\nelse:\n    pass",
    "while x:\n    break\nelse:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open(f) as g, h:\n    pass",
    "with (a as b, c as d,):\n    pass",
    "assert x, 'msg'",
    "raise",
    "raise E from None",
    "del a, b[1], c.d",
    "del (a, b), [c]",
    "global x, y",
    "nonlocal z",
    "return 5",
    "return",
    "pass",
]

for src in SOURCES:
    print(ast.dump(ast.parse(src)))
