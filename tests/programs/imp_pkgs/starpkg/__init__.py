__all__ = ["mod_a", "mod_b", "VALUE"]
VALUE = "starpkg"
