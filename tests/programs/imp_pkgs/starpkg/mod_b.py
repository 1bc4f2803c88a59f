print("starpkg.mod_b loaded")
B = "b"
