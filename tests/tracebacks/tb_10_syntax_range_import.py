# A SyntaxError in an imported module spans its range with carets.
import tb_badrange
