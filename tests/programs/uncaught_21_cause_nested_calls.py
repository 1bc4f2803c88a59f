# A parse error wrapped with `raise ... from` three calls deep escapes to the top level.
class ConfigError(Exception):
    pass


def parse_port(text):
    return int(text)


def load_setting(key, raw):
    try:
        return parse_port(raw)
    except ValueError as e:
        raise ConfigError(f"bad value for {key!r}: {raw!r}") from e


def load_all(settings):
    return {k: load_setting(k, v) for k, v in settings.items()}


print("loading")
print(load_all({"http": "80", "https": "443"}))
load_all({"http": "80", "admin": "eighty"})
