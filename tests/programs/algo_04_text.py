# Text processing: word frequencies, anagram groups, simple tokenizer and RPN/infix evaluator with precedence.
text = """It was a bright cold day in April, and the clocks were striking thirteen.
Winston Smith, his chin nuzzled into his breast in an effort to escape the vile wind,
slipped quickly through the glass doors of Victory Mansions."""
clean = ""
for ch in text.lower():
    clean += ch if ch.isalpha() or ch.isspace() else " "
words = clean.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
print(max(words, key=len), sorted(w for w in freq if len(w) >= 8))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
print([g for g in groups.values() if len(g) > 1])
def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(int(s[i:j]))
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}
def to_rpn(tokens):
    out = []
    ops = []
    for t in tokens:
        if isinstance(t, int):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, int):
            st.append(t)
        else:
            b = st.pop()
            a = st.pop()
            if t == "+":
                st.append(a + b)
            elif t == "-":
                st.append(a - b)
            elif t == "*":
                st.append(a * b)
            elif t == "/":
                st.append(a // b)
            else:
                st.append(a % b)
    return st[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "2 * (3 + 4) * (5 - 1)", "10 - 3 - 2", "99999999999 * 99999999999"]:
    rpn = to_rpn(tokenize(expr))
    print(expr, "=>", " ".join(str(t) for t in rpn), "=", eval_rpn(rpn))
try:
    eval_rpn(to_rpn(tokenize("1 / 0")))
except ZeroDivisionError as e:
    print("error:", e)
