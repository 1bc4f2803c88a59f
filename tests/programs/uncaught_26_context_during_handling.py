# An error inside an except block: the report shows both (implicit __context__).
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        fallback = table.get("default")
        return fallback.upper()


print(lookup({"a": "x", "default": "d"}, "zz"))
print(lookup({"a": "x"}, "zz"))
