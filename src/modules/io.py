"""`io`: the names of CPython's `io` module, from the bundled `_io`
(files, buffered and text streams, StringIO/BytesIO). The abstract bases
IOBase, RawIOBase, BufferedIOBase and TextIOBase stand for `_io`'s base
classes in `isinstance`/`issubclass` (CPython registers those with its
ABCs) and can be subclassed to write new streams."""

from _io import (DEFAULT_BUFFER_SIZE, SEEK_SET, SEEK_CUR, SEEK_END,
                 UnsupportedOperation, open, FileIO, BufferedReader,
                 BufferedWriter, BufferedRandom, TextIOWrapper, StringIO,
                 BytesIO, _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase)


class _IOBaseMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        mro = sub.__mro__
        return cls in mro or cls._impl in mro


class IOBase(_IOBase, metaclass=_IOBaseMeta):
    _impl = _IOBase


class RawIOBase(_RawIOBase, IOBase):
    _impl = _RawIOBase


class BufferedIOBase(_BufferedIOBase, IOBase):
    _impl = _BufferedIOBase


class TextIOBase(_TextIOBase, IOBase):
    _impl = _TextIOBase


OpenWrapper = open
