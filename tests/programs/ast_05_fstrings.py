# f-strings: JoinedStr and FormattedValue (conversions, nested format
# specs, '=' specifier, implicit concatenation with plain strings).
import ast

SOURCES = [
    "f'a{b}c'",
    "f'{x!r:>10}'",
    "f'{x!s}{y!a}'",
    "f'{x:{w}.{p}}'",
    "f'{x=}'",
    "f'{x = !r:^20}'",
    "f'a' 'b' f'{c}'",
    "'plain' f'{x}'",
    "f''",
    "f'{{}}'",
    "rf'\\d{x}'",
    "f'{\"nested\"}'",
    "f'''{x\n}'''",
    "f'{x:%H:%M}'",
]
for src in SOURCES:
    tree = ast.parse(src, mode="eval")
    print(ast.dump(tree))
    for node in ast.walk(tree):
        if isinstance(node, ast.FormattedValue):
            print("  conversion", node.conversion, "spec", node.format_spec is not None)
