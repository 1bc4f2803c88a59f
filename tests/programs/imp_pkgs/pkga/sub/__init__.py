print("pkga.sub: init, __package__ =", __package__)
SUB = "sub-value"
