# Annotations in exec'd code whose locals are a mapping (or a dict subclass that logs).
class Mapping:
    def __init__(self):
        self.d = {}
        self.log = []

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.d[k]

    def __setitem__(self, k, v):
        self.log.append(("set", k))
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


m = Mapping()
exec("a: int = 1\nb: str\nc = a + 1", {}, m)
print(sorted(m.d), m.d["__annotations__"], m.log)


class Logging(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)


ns = Logging()
exec("x: float = 2.5\ny: list", {}, ns)
print(ns["__annotations__"], ns.log)
pre = Mapping()
pre.d["__annotations__"] = {"kept": bool}
exec("z: complex = 1j", {}, pre)
print(pre.d["__annotations__"], pre.log)
