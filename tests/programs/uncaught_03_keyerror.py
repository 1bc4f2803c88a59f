# Uncaught KeyError from a dict lookup inside a method: exit status 1, stderr ends with "KeyError: 'port'".
class Config:
    def __init__(self, values):
        self.values = dict(values)
    def get(self, key):
        return self.values[key]
    def get_int(self, key):
        return int(self.get(key))
cfg = Config([("host", "localhost"), ("retries", "3")])
print(cfg.get("host"), cfg.get_int("retries") + 1)
print(cfg.values.get("port", "no port"), "port" in cfg.values)
try:
    cfg.get("timeout")
except KeyError as e:
    print("missing:", e)
settings = {}
for k in ["host", "retries"]:
    settings[k] = cfg.get(k)
print(settings, len(cfg.values))
print("connecting to", cfg.get("host") + ":" + str(cfg.get_int("port")))
