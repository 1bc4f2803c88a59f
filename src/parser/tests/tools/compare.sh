#!/bin/sh
# Usage: compare.sh snippets.jsonl — parses each snippet with CPython 3.11
# and with this parser (the ignored `oracle_dump` test) and prints the
# differences. Snippet files hold one JSON string per line (see mutate.py).
set -e
here="$(cd "$(dirname "$0")" && pwd)"
input="$(realpath "$1")"
python3 "$here/oracle.py" "$input" > /tmp/ferropy_expected.txt
cd "$here"
FERROPY_SNIPPETS="$input" FERROPY_DUMP=/tmp/ferropy_actual.txt \
  cargo test -q --lib oracle_dump -- --ignored > /dev/null 2>&1 || true
python3 - "$input" <<'PY'
import json, sys
snips = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
exp = open('/tmp/ferropy_expected.txt').read().split('\n')
act = open('/tmp/ferropy_actual.txt').read().split('\n')
bad = 0
for i, s in enumerate(snips):
    e = exp[i] if i < len(exp) else None
    a = act[i] if i < len(act) else None
    if e != a:
        bad += 1
        print('SRC', repr(s)); print('EXP', e); print('ACT', a); print()
print(f'{len(snips)-bad}/{len(snips)} match')
PY
