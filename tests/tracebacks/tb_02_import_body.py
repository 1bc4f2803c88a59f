# An exception raised by the body of an imported module.
def load():
    import tb_broken


load()
