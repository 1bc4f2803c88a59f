def __getattr__(name):
    if name.startswith("dyn_"):
        return "dynamic " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
REAL = "real"
