# A thread's exception is reported but does not stop the main thread; then main fails.
import threading
def work():
    raise ValueError("in worker")
t = threading.Thread(target=work, name="w1")
t.start()
t.join()
print("main continues")
{}["missing"]
