# Slot wrappers (wrapper_descriptor) and bound slot wrappers (method-wrapper)
# versus ordinary method descriptors and builtin methods.
import types
print(int.__add__, type(int.__add__).__name__, type((1).__add__).__name__)
print(str.join, type(str.join).__name__, type("".join).__name__)
print(object.__init__, list.__len__, type(list.__len__).__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(type(object().__str__).__name__, type([].__len__).__name__, type([].append).__name__)
print((1).__add__(2), int.__add__(3, 4), [1, 2].__len__(), list.__len__([1]), (2.5).__mul__(2))
print((1).__add__.__name__, int.__add__.__name__, (1).__add__.__self__, [].append.__name__)
print(types.WrapperDescriptorType is type(int.__add__), types.MethodWrapperType is type((1).__add__))
print(types.MethodDescriptorType is type(str.join), types.BuiltinMethodType is type([].append))
r = repr((7).__add__)
print(r.startswith("<method-wrapper '__add__' of int object at 0x"), r.endswith(">"))
class P(int):
    pass
print(type(P(1).__add__).__name__, P.__add__ is int.__add__, P(2).__add__(3))
print(type(P.__repr__).__name__, repr(P.__repr__))
