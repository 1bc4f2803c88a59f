# A SyntaxError from compile() of generated code is not caught.
template = "def generated_{n}(x):\n    return x {op} {n}\n"
ok = compile(template.format(n=1, op="+"), "<generated>", "exec")
ns = {}
exec(ok, ns)
print(ns["generated_1"](41))
bad = template.format(n=2, op="+*")
print("compiling", repr(bad))
compile(bad, "<generated>", "exec")
