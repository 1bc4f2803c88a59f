print("starpkg.mod_c loaded")
