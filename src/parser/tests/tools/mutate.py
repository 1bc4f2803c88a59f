# Prints N mutated snippets (JSON lines) for differential testing against
# CPython: python3 mutate.py N [SEED] > m.jsonl; then compare.sh m.jsonl.
import json, os, random, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
seeds = (runpy.run_path(os.path.join(HERE, 'cases_valid.py'))['V']
         + runpy.run_path(os.path.join(HERE, 'cases_invalid.py'))['V'])
FR = ["(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "*", "**", ".", "->", "@", "\\", "\n", "    ", "\t",
      "'", '"', "'''", "f'", "f'{", "}", "!r", "#", "0x", "1e", "1_", "lambda", "if", "else", "elif", "for", "in",
      "not", "and", "async", "await", "yield", "def", "class", "return", "del", "import", "from", "as", "try",
      "except", "with", "global", "pass", "x", "é", "...", "1", "a b", "+", "-", "/", "%", "<", ">"]
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
n = int(sys.argv[1])
out = []
while len(out) < n:
    s = rng.choice(seeds)
    for _ in range(rng.randint(1, 3)):
        a = rng.randint(0, len(s)); b = min(len(s), a + rng.randint(0, 7))
        k = rng.randint(0, 3)
        if k == 0: s = s[:a] + s[b:]
        elif k == 1: s = s[:a] + rng.choice(FR) + s[a:]
        elif k == 2: s = s[:b] + s[a:b] + s[b:]
        else: s = s[:a] + rng.choice(FR) + s[b:]
    if 'match' in s or 'except*' in s or '\0' in s: continue
    out.append(s)
for s in out: print(json.dumps(s))
