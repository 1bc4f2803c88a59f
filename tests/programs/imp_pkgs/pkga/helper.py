print("pkga.helper: body")
def helps():
    return "helped"
