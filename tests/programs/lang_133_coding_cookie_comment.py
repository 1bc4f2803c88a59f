# Program text: a comment on line 1 that CPython reads as an encoding: declaration.
# CPython matches the PEP 263 regex `coding[:=]\s*([-\w.]+)` on this first line
# ("encoding: a"), finds no codec "a" and refuses to compile the file.
print("never printed by CPython")
