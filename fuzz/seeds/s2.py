try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(repr(e))
except* TypeError:
    pass
finally:
    x = lambda *a, **k: (a, k)
match x(1, y=2):
    case ((1,), {"y": v}) if v > 1:
        print(v)
    case _:
        pass
