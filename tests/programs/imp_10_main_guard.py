# The script runs as __main__; an imported module's guard block does not run; `import __main__` is this module.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
print(__name__)
import guarded
print(guarded.__name__)
guarded.main()
import __main__
print(__main__.__name__, __main__.HERE == HERE, sys.modules["__main__"] is __main__)
print(__file__.endswith("imp_10_main_guard.py"), __file__ == __main__.__file__)
MARK = "main-mark"
print(__main__.MARK)
if __name__ == "__main__":
    print("guard in the script runs")
