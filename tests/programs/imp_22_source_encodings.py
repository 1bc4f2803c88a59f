# PEP 263 source encodings: modules with coding cookies, BOMs, bad cookies, compile() of bytes.
import os
import sys

base = f"/tmp/ferropy_imp22_{os.getpid()}"
os.makedirs(base, exist_ok=True)
sys.path.insert(0, base)
files = {
    "latin_mod.py": b"# -*- coding: latin-1 -*-\nWORD = '\xe9t\xe9'\n",
    "second_line.py": b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nSIGN = '\xa7'\n",
    "bom_mod.py": b"\xef\xbb\xbfVALUE = 'with bom'\n",
    "utf8_cookie.py": b"# coding=utf-8\nTEXT = '\xc3\xbc'\n",
    "bad_cookie.py": b"# coding: no-such-codec\nX = 1\n",
    "not_utf8.py": b"Y = '\xff'\n",
    "ascii_strict.py": b"# coding: ascii\nZ = '\xe9'\n",
    "third_line.py": b"\n\n# coding: no-such-codec\nOK = 'cookie on line 3 is ignored'\n",
    "code_first.py": b"import sys\n# coding: no-such-codec\nOK2 = 'cookie after code is ignored'\n",
}
for name, data in files.items():
    with open(os.path.join(base, name), "wb") as fh:
        fh.write(data)
try:
    import latin_mod
    import second_line
    import bom_mod
    import utf8_cookie
    import third_line
    import code_first
    print(latin_mod.WORD, second_line.SIGN, bom_mod.VALUE, utf8_cookie.TEXT, third_line.OK, code_first.OK2)
    for mod in ["bad_cookie", "not_utf8", "ascii_strict"]:
        try:
            __import__(mod)
        except SyntaxError as e:
            print(mod, "SyntaxError:", e.msg, e.lineno, os.path.basename(e.filename))
    for src in [b"# coding: latin-1\nv = '\xe0'\n", b"# coding: bogus\nv = 1\n", b"\xef\xbb\xbfv = 'bom'\n",
                b"v = '\xe0'\n"]:
        try:
            ns = {}
            exec(compile(src, "<bytes>", "exec"), ns)
            print("compiled", repr(ns["v"]))
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno)
    print(eval(b"# coding: latin-1\n'\xe9'"), repr(compile("# coding: bogus\nq = 1", "<str>", "exec").co_names))
    for src in [b"x = 1 # \xff\n", b"\xff = 1\n", b'x = "ab\xe9cd"\n', b'x = "ab\xe9"\n', b"x = f'{1}\xe9'\n",
                b'x = b"\xe9"\n', b'x = """a\nb\xe9c"""\n', b'# \xff\nx = 1 # \xfe\xfd\ny = "\xe9"']:
        try:
            compile(src, "<bytes>", "exec")
            print("ok")
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno)
finally:
    for name in files:
        os.remove(os.path.join(base, name))
    os.rmdir(base)
