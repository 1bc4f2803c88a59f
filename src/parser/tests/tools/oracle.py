# Reads JSON-lines snippets and prints CPython's dump (or error) per line
# (the format of dump.py and of the Rust tests' dump.rs).
import json, sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from dump import run
for line in open(sys.argv[1]):
    if line.strip():
        print(run(json.loads(line)))
