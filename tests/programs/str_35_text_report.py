# a small text-processing report: word counts, alignment, wrapping by hand
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs!  Über-fast foxes don't stop\tfor dogs — ever.
Numbers like 3.14, 42 and -7 are words too?"""
words = [w.strip('.,;!?—').casefold() for w in text.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
print(f"{'word':<{width}} | count | bar")
print('-' * width + '-+-------+-' + '-' * 10)
for w, c in top:
    print(f'{w:<{width}} | {c:>5} | {"#" * c}')
print(len(words), len(counts), sum(counts.values()) == len(words))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f'{i:02d}: {line.expandtabs(4)!r:.40} ... len={len(line)}')
def wrap(s, n):
    out, cur = [], ''
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = f'{cur} {w}' if cur else w
    if cur:
        out.append(cur)
    return out
for row in wrap(' '.join(lines), 28):
    print('|' + row.center(30) + '|')
print(text.count('the'), text.lower().count('the'), text.find('fox'), text.rfind('fox'), text.index('Über'))
caps = ''.join(c for c in text if c.isupper())
print(caps, text.title()[:30], text.swapcase()[:20])
print(sorted(set(w for w in words if w.isalpha()))[:6])
print([w for w in words if not w.isalpha()])
table = str.maketrans({'.': None, ',': None, '—': '-', 'Ü': 'UE'})
print(text.translate(table).split('\n')[1])
