# String building and processing: counting characters with dicts, run-length encoding, word frequency.
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
for w in sorted(counts, key=lambda k: (-counts[k], k)):
    print(f"{w:<6}{counts[w]:>3}")
letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6])
print(max(letters, key=lambda k: letters[k]), min(sorted(letters), key=lambda k: letters[k]))

def rle(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    n = 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(str(n) + prev)
            prev = c
            n = 1
    out.append(str(n) + prev)
    return "".join(out)

def unrle(s):
    out = ""
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += c * int(num)
            num = ""
    return out

for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
vowels = "aeiou"
print(sum(1 for c in text if c in vowels), [c for c in "programming" if c not in vowels])
print("".join(sorted(set("mississippi"))), len(set(text.split())))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
lines = ["  alpha: 1", "beta:2  ", " gamma :  3 "]
parsed = {}
for line in lines:
    k, v = line.split(":")
    parsed[k.strip()] = int(v)
print(parsed)
print(str(list(range(3))), str((1,)), str({"a": [1, (2, 3)]}), str([None, True, 1.5, "s"]))
