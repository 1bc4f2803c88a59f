import time
import runlog
runlog.RUNS.append("slowmod start")
time.sleep(0.2)
total = 0
for i in range(10000):
    total += i
DONE = total
runlog.RUNS.append("slowmod end")
