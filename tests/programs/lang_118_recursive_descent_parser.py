# A recursive-descent arithmetic parser producing a tree, then evaluating it.
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "^": operator.pow}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}


class ParseError(Exception):
    pass


def lex(s):
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            yield float(text) if "." in text else int(text)
            i = j
            continue
        if ch in PREC or ch in "()":
            yield ch
            i += 1
            continue
        raise ParseError(f"unexpected {ch!r} at {i}")


class Parser:
    def __init__(self, text):
        self.toks = list(lex(text))
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end")
        self.pos += 1
        return tok

    def parse(self):
        tree = self.expr(1)
        if self.peek() is not None:
            raise ParseError(f"trailing {self.peek()!r}")
        return tree

    def expr(self, min_prec):
        left = self.atom()
        while (op := self.peek()) in PREC and PREC[op] >= min_prec:
            self.take()
            next_min = PREC[op] if op == "^" else PREC[op] + 1
            left = (op, left, self.expr(next_min))
        return left

    def atom(self):
        tok = self.take()
        if tok == "(":
            inner = self.expr(1)
            if self.take() != ")":
                raise ParseError("expected )")
            return inner
        if tok == "-":
            return ("neg", self.atom())
        if isinstance(tok, (int, float)):
            return tok
        raise ParseError(f"unexpected token {tok!r}")


def evaluate(t):
    if isinstance(t, tuple):
        if t[0] == "neg":
            return -evaluate(t[1])
        op, a, b = t
        return OPS[op](evaluate(a), evaluate(b))
    return t


def show(t):
    if not isinstance(t, tuple):
        return str(t)
    if t[0] == "neg":
        return f"(-{show(t[1])})"
    return f"({show(t[1])} {t[0]} {show(t[2])})"


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 - 4 - 3", "-(2 + 3) * 4", "7 % 4 + 1.5",
            "8 / 0", "1 +", "2 * (3", "4 $ 4", "1 2", "((((5))))"]:
    try:
        tree = Parser(src).parse()
        print(f"{src:<14} {show(tree):<24} = {evaluate(tree)}")
    except ParseError as e:
        print(f"{src:<14} {type(e).__name__}: {e}")
    except ZeroDivisionError as e:
        print(f"{src:<14} {type(e).__name__}: {e}")
