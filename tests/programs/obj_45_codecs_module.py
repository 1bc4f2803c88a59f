# The codecs module: BOM constants, lookup with name normalisation, encode/decode.
import codecs
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE)
for n in ["UTF8", "utf_8", "U8", "Latin-1", "latin1", "L1", "iso-8859-1", "ASCII", "us-ascii", "U16",
          "utf-16-LE", "UTF_32be", "windows-1252", "CP1252", "utf-32"]:
    info = codecs.lookup(n)
    print(repr(n), info.name, isinstance(info, tuple), len(info))
for n in ["klingon", "utf-7-ish"]:
    try:
        codecs.lookup(n)
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.lookup(5)
except TypeError as e:
    print("TypeError", e)
info = codecs.lookup("utf-16-be")
print(info.encode("hé"), info.decode(b"\x00h\x00\xe9"))
print(codecs.encode("é", "utf-16-be"), codecs.decode(b"\x00\xe9", "utf-16-be"))
print(codecs.encode("x"), codecs.decode(b"x"), codecs.decode(bytearray(b"ab")))
print(codecs.decode(b"\xff", "utf-8", "replace"), codecs.encode("€", "ascii", "xmlcharrefreplace"))
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    codecs.encode("\u20ac", "latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
data = codecs.BOM_UTF8 + "text".encode("utf-8")
print(data.startswith(codecs.BOM_UTF8), data[len(codecs.BOM_UTF8):].decode("utf-8"))
print(data.decode("utf-8") == "\ufefftext", "hi".encode("utf-16")[:2] == codecs.BOM_UTF16)
