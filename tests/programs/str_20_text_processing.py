# Everyday text processing with str methods: word frequencies, wrapping, tables, templating, normalization.
text = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react; the fox -- quick as ever -- jumped again!  Café naïve résumé
ÉCOLE straße SS"""
words = [w.strip(".,;!-").casefold() for w in text.split()]
words = [w for w in words if w]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(" ".join(w.capitalize() for w in text.split()[:6]), text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
def wrap(s, width):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text, 28):
    print("|" + line.ljust(28) + "|", "|" + line.center(30, ".") + "|", line.rjust(29)[-10:])
rows = [("Item", "Qty", "Price"), ("Apple", 3, 0.5), ("Banana split", 12, 4.25), ("Ümlaut", 100, 1234.5)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print("-+-".join("-" * w for w in widths))
template = "Dear {name}, your order #{order:05d} of {qty} item{plural} totals ${total:,.2f}."
for name, order, qty, total in [("Ann", 42, 1, 9.5), ("Bob", 12345, 3, 12345.678)]:
    print(template.format(name=name, order=order, qty=qty, plural="" if qty == 1 else "s", total=total))
slug = "".join(c if c.isalnum() else "-" for c in "Hello, World! Ça va? 2024".lower()).strip("-")
while "--" in slug:
    slug = slug.replace("--", "-")
print(slug, slug.split("-"), "-".join(reversed(slug.split("-"))), slug.title(), slug.swapcase())
csv = "name,age,city\nalice,30,Paris\nbob,,Berlin\n\"quoted\",5,x\n"
for rec in csv.splitlines()[1:]:
    name, age, city = rec.split(",")
    print(repr(name.strip('"')), int(age) if age.isdigit() else None, city.upper(), city.zfill(8), f"{name:>10}|{city:<8}|")
print("  indented\n\tline\n".expandtabs(4).splitlines(), "a\tb\tc".expandtabs(3), "ab".join("xyz"), "%-10s|%5.1f|%03d" % ("left", 2.345, 7))
