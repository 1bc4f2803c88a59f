# threading.excepthook: custom hooks see the exception, the thread, and the traceback.
import threading
import sys

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))

def fails(kind):
    raise kind("from " + threading.current_thread().name)

old = threading.excepthook
threading.excepthook = hook
for i, kind in enumerate([ValueError, KeyError, RuntimeError]):
    t = threading.Thread(target=fails, args=(kind,), name="worker-%d" % i)
    t.start()
    t.join()
print(seen)

def exits():
    sys.exit(3)
t = threading.Thread(target=exits, name="exiter")
t.start()
t.join()
print("SystemExit in a thread is silent:", len(seen))

class Custom(Exception):
    def __str__(self):
        return "custom str"
def custom():
    raise Custom()
t = threading.Thread(target=custom, name="custom")
t.start()
t.join()
print(seen[-1])

def hook_fails(args):
    raise TypeError("hook itself failed")
threading.excepthook = hook_fails
t = threading.Thread(target=fails, args=(IndexError,), name="bad-hook")
t.start()
t.join()
print("survived a failing hook")

threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
print(hasattr(threading, "ExceptHookArgs"))

results = []
def ok(n):
    results.append(n * n)
threads = [threading.Thread(target=ok, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

caught = []
def sub_hook(args):
    caught.append(type(args.exc_value).__name__)
class MyThread(threading.Thread):
    def run(self):
        raise ArithmeticError("in run")
threading.excepthook = sub_hook
m = MyThread(name="subclass")
m.start()
m.join()
threading.excepthook = old
print(caught, m.name, m.is_alive())
