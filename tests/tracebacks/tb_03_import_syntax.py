# A SyntaxError in an imported module: the file/line/caret block ends the traceback.
import tb_badsyntax
