# Uncaught AttributeError raised by a __getattr__ deep in calls: the
# traceback ends with CPython's "Did you mean" hint from dir(obj).
class Settings:
    def __init__(self):
        self.timeout = 3
        self.retries = 2

    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")


def read(cfg, key):
    return getattr(cfg, key)


def main():
    cfg = Settings()
    print(read(cfg, "timeout"))
    return read(cfg, "retries") + read(cfg, "timeot")


main()
