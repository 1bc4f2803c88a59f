# try statements: except, except*, else, finally; handlers' names, types
# and positions.
import ast

SOURCE = '''
try:
    pass
except* ValueError as e:
    raise
except* (TypeError, KeyError):
    raise X from Y
else:
    pass
finally:
    pass
try: pass
except: pass
try:
    f()
except E as e:
    g(e)
except (A, B):
    pass
finally:
    h()
'''
tree = ast.parse(SOURCE)
for stmt in tree.body:
    print(type(stmt).__name__)
    print(ast.dump(stmt, indent=4))
    for h in stmt.handlers:
        print("  handler", h.name, ast.dump(h.type) if h.type else None,
              h.lineno, h.col_offset, h.end_lineno, h.end_col_offset)
