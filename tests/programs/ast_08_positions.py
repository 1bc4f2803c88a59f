# Positions: lineno/col_offset/end_* (UTF-8 byte columns), include_attributes,
# multi-line nodes, get_source_segment (padded too), increment_lineno.
import ast

SOURCE = '''x = (
  1 +
  2)
été = "üñî" + f"é{x}é"
foo(a,
    b)  # trailing comment
def f():
\tif x:
\t\treturn  1
class K:
    def m(self, a: int = 3, *r, **k) -> str:
        return f'{a!r}'
'''
tree = ast.parse(SOURCE)
for node in ast.walk(tree):
    if hasattr(node, "lineno"):
        print(type(node).__name__, node.lineno, node.col_offset,
              node.end_lineno, node.end_col_offset,
              repr(ast.get_source_segment(SOURCE, node)))
print(ast.dump(tree.body[0], include_attributes=True, indent=2))
print(ast.get_source_segment(SOURCE, tree.body[4].body[0], padded=True))
print(ast.get_source_segment(SOURCE, tree.body[4].body[0]))
print(ast.get_source_segment(SOURCE, ast.Name("x")))
moved = ast.increment_lineno(ast.parse("a = 1\nb = 2"), 10)
print(ast.dump(moved, include_attributes=True))
print(ast.dump(ast.parse("x\r\ny = 1\r\n"), include_attributes=True))
