# Identifiers are NFKC-normalized by the tokenizer (PEP 3131): ligatures, fullwidth and script letters.
ﬁle = "ligature fi"
print(file)
ℌ = "script H"
print(H)
ｆｕｌｌ = "fullwidth"
print(full)
def ﬂow():
    return "fl ligature function"
print(flow(), flow.__name__)
class Ｋ:
    ｘ = 1
print(K.x, K.__name__)
print(eval("ﬁle"), "ﬁle" == "file", "ﬁle".isidentifier())
ns = {}
exec("ℕ = 5", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(getattr(K, "ｘ", "getattr does not normalize"))
setattr(K, "ｙ", 2)
print(K.__dict__.get("ｙ"), hasattr(K, "y"))
ᵢ = "subscript i"
print(i)
