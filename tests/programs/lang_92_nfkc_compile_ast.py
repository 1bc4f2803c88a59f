# NFKC in compile(), eval(), exec() and ast.parse: names come out normalized.
import ast
tree = ast.parse("ﬁ = ｘ + ℌ.ａｔｔｒ\ndef ｆ(ａｒｇ): pass")
print(ast.dump(tree))
print(eval("ｌｅｎ('abc')"), eval("lambda ｙ: y")(3))
code = compile("ｒｅｓｕｌｔ = 6 * 7", "<nfkc>", "exec")
print(code.co_names)
ns = {}
exec(code, ns)
print(ns["result"])
print(compile("ａ + ｂ", "<e>", "eval").co_names)
