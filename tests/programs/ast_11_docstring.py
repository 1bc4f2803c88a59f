# ast.get_docstring on modules, classes and (async) functions: clean and
# raw text, missing docstrings, and the TypeError for other nodes.
import ast

SOURCE = '''"""Module doc.

    Indented second paragraph.
"""
class A:
    \'\'\'   Class doc
        more
\t  tabbed
    \'\'\'
    def m(self):
        "one line"
    async def n(self):
        x = 1
def g():
    42
def h():
    b"bytes"
'''
tree = ast.parse(SOURCE)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
cls = tree.body[1]
print(repr(ast.get_docstring(cls)))
print(repr(ast.get_docstring(cls, False)))
print(repr(ast.get_docstring(cls.body[1])))
print(repr(ast.get_docstring(cls.body[2])))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[3])))
print(repr(ast.get_docstring(ast.parse(""))))
try:
    ast.get_docstring(ast.parse("x", mode="eval"))
except TypeError as e:
    print("TypeError", e)
try:
    ast.get_docstring(cls.body[1].body[0])
except TypeError as e:
    print("TypeError", e)
