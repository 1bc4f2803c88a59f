print("pkga: init, __name__ =", __name__, "__package__ =", __package__)
TOP = "pkga-top"
