def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# isinstance/issubclass with tuples, unions, abc hooks, callable
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance(1, int | str), isinstance('a', int | None), isinstance(None, int | None), isinstance([], ()))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(bool, int | str), issubclass(int, ()))
show('isinstance bad', lambda: isinstance(1, 5))
show('isinstance bad tuple', lambda: isinstance(1, (int, 5)))
show('isinstance bad tuple2', lambda: isinstance('a', (int, 5)))
show('issubclass nonclass', lambda: issubclass(5, int))
show('issubclass bad cls', lambda: issubclass(int, 5))
show('isinstance 1 arg', lambda: isinstance(1))
show('isinstance generic', lambda: isinstance([], list[int]))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance(5, Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(Magic(), Magic), isinstance('magic', (int, Magic)))
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(callable(len), callable(A), callable(A()), callable(lambda: 0), callable(1), callable(print), callable(A.__init__))
class Call:
    def __call__(self):
        return 1
print(callable(Call()), callable(Call), callable([].append), callable(None))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), isinstance(Fake(), Fake), type(Fake()).__name__)
print(isinstance(1, (int,) * 3), isinstance(1, ((((int,),),),)))
