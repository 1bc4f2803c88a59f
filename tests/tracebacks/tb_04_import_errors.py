# An ImportError during the handling of a ModuleNotFoundError.
try:
    import tb_no_such_module
except ModuleNotFoundError:
    from tb_helper import no_such_name
