# Two threads import the same slow module at once: its body runs once and both see it complete.
import sys
import threading
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import runlog
results = []
def worker():
    import slowmod
    results.append(slowmod.DONE)
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(runlog.RUNS)
