"""A minimal `codecs` (CPython Lib/codecs.py, the parts ferropy has): the
BOM constants, `encode`/`decode`, and `lookup` with CPython's canonical
names, over the codecs `str.encode`/`bytes.decode` implement natively."""

import sys

__all__ = ["lookup", "encode", "decode", "CodecInfo", "BOM", "BOM_BE", "BOM_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
           "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

# Normalized alias -> canonical codec name (Lib/encodings/aliases.py).
_CANONICAL = {}
for _name, _aliases in [
    ("utf-8", "utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4"),
    ("ascii", "ascii us_ascii 646 us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 "
              "cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6"),
    ("iso8859-1", "latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 ibm819 "
                  "iso_ir_100 iso_8859_1_1987 csisolatin1"),
    ("utf-16", "utf_16 utf16 u16"),
    ("utf-16-le", "utf_16_le utf_16le"),
    ("utf-16-be", "utf_16_be utf_16be"),
    ("utf-32", "utf_32 utf32 u32"),
    ("utf-32-le", "utf_32_le utf_32le"),
    ("utf-32-be", "utf_32_be utf_32be"),
    ("cp1252", "cp1252 windows_1252 1252"),
]:
    for _a in _aliases.split():
        _CANONICAL[_a] = _name
del _name, _aliases, _a


def _normalize(encoding):
    out = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            out.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(out)


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    name = _CANONICAL.get(_normalize(encoding))
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)

    def enc(input, errors='strict'):
        return (input.encode(name, errors), len(input))

    def dec(input, errors='strict'):
        return (bytes(input).decode(name, errors), len(input))
    return CodecInfo(enc, dec, name=name)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return lookup(encoding).decode(obj, errors)[0]
