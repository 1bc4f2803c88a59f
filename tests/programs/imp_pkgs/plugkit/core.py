class Registry:
    items = {}


def register(name):
    def deco(fn):
        Registry.items[name] = fn
        return fn
    return deco
