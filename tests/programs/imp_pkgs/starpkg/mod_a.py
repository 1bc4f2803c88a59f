print("starpkg.mod_a loaded")
A = "a"
