# Text processing: word wrapping, justification, word frequencies and a caesar cipher.
TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
does not react; the fox is quick and brown! Foxes and dogs: an old story.
Is it? Perhaps -- or perhaps not."""


def words(text):
    out, cur = [], []
    for ch in text:
        if ch.isalpha() or (ch == "'" and cur):
            cur.append(ch.lower())
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def wrap(text, width):
    lines, line = [], []
    for w in text.split():
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(line[:-1])) + line[-1]


ws = words(TEXT)
print(len(ws), ws[:6])
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
common = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(common)
for width in (28, 40):
    lines = wrap(TEXT, width)
    print(f"--- width {width} ---")
    for ln in lines[:-1]:
        print(f"|{justify(ln, width)}|")
    print(f"|{' '.join(lines[-1]):<{width}}|")


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Attack at Dawn, Zebra!", 3)
print(secret, caesar(secret, -3))
table = str.maketrans("aeiou", "AEIOU", "!?.,;:")
print(TEXT.splitlines()[1].translate(table))
print("-".join(w.capitalize() for w in "hello big world".split()), "Hello World".swapcase())
print("a,b,,c".split(","), "a b  c ".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("  padded\t\n".strip(), "xxhixx".strip("x"), "www.site.com".removeprefix("www.").removesuffix(".com"))
print("line1\nline2\r\nline3".splitlines(), "abc".startswith(("x", "a")), "Title Case Here".istitle())
print(sorted(set(ws) - {"the", "and", "is", "it"}, key=lambda w: (len(w), w))[-3:], max(ws, key=len))
