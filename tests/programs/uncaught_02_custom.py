# Uncaught custom exception (subclass of a user base class) with a message; finally blocks still run first.
class PipelineError(Exception):
    pass
class StageFailed(PipelineError):
    def __init__(self, stage, reason):
        super().__init__("stage " + repr(stage) + " failed: " + reason)
        self.stage = stage
def run_stage(name, data):
    if name == "validate" and not data:
        raise StageFailed(name, "no data")
    return [x * 2 for x in data]
def pipeline(stages, data):
    for s in stages:
        try:
            data = run_stage(s, data)
            print("after", s, data)
        finally:
            print("finally for", s)
    return data
print(pipeline(["load", "validate"], [1, 2]))
try:
    pipeline(["validate"], [])
except PipelineError as e:
    print("caught:", e)
pipeline(["load", "filter", "validate"], [])
print("unreachable")
