"""Thread objects on top of _thread (ferropy's bundled threading module).

A subset of CPython's Lib/threading.py: Thread, Lock, RLock, Condition,
Event, Semaphore, current_thread, main_thread, active_count, enumerate,
get_ident, local. Every Thread holds a lock while it runs; join() waits on it.
"""

import _thread

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
Lock = _thread.allocate_lock
ThreadError = _thread.error

_active = {}
_active_lock = _allocate_lock()
_counter = 0


def _newname(name_template):
    global _counter
    with _active_lock:
        _counter += 1
        n = _counter
    return name_template % n


# ===== Thread-local data (CPython's _thread._local) =====
#
# A local keeps one attribute dict per thread, keyed by thread id and made
# (running the subclass's __init__ with the constructor's arguments) on the
# thread's first access. A Thread's dicts are dropped when it ends, so a
# later thread that reuses the id starts empty.

_MISSING = object()
_locals_of_thread = {}


def _forget_locals(ident):
    for dicts in _locals_of_thread.pop(ident, ()):
        dicts.pop(ident, None)


def _class_attr(cls, name):
    for k in cls.__mro__:
        d = k.__dict__
        if name in d:
            return d[name]
    return _MISSING


def _local_name(cls):
    return "_thread._local" if cls is _local else cls.__name__


def _local_dict(self):
    dicts, args, kw = object.__getattribute__(self, "_local__impl")
    key = get_ident()
    d = dicts.get(key)
    if d is None:
        d = dicts[key] = {}
        _locals_of_thread.setdefault(key, []).append(dicts)
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


def _is_data_descr(attr):
    t = type(attr)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")


class _local:
    __module__ = "_thread"
    __slots__ = ("_local__impl", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        dicts = {get_ident(): {}}
        _locals_of_thread.setdefault(get_ident(), []).append(dicts)
        object.__setattr__(self, "_local__impl", (dicts, args, kw))
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == "__dict__":
            return d
        cls = type(self)
        attr = _class_attr(cls, name)
        if attr is not _MISSING and _is_data_descr(attr):
            return type(attr).__get__(attr, self, cls)
        if name in d:
            return d[name]
        if attr is not _MISSING:
            get = getattr(type(attr), "__get__", None)
            return attr if get is None else get(attr, self, cls)
        raise AttributeError(f"'{_local_name(cls)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        cls = type(self)
        if name == "__dict__":
            raise AttributeError(f"'{_local_name(cls)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        attr = _class_attr(cls, name)
        if attr is not _MISSING and hasattr(type(attr), "__set__"):
            type(attr).__set__(attr, self, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        cls = type(self)
        d = _local_dict(self)
        attr = _class_attr(cls, name)
        if attr is not _MISSING and hasattr(type(attr), "__delete__"):
            type(attr).__delete__(attr, self)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(f"'{_local_name(cls)}' object has no attribute '{name}'")


local = _local


class RLock:
    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        self._lock.release()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            else:
                got = waiter.acquire(True, timeout)
            return got
        finally:
            self._lock.acquire()
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        waiters = self._waiters[:n]
        for w in waiters:
            w.release()
            self._waiters.remove(w)

    def notify_all(self):
        self.notify(len(self._waiters))


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """CPython's Barrier: `parties` threads wait() until all have arrived;
    each gets a distinct index; abort() or a timeout breaks it."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class ExceptHookArgs:
    """The argument of `excepthook` (CPython's `_thread._ExceptHookArgs`)."""

    __slots__ = ("exc_type", "exc_value", "exc_traceback", "thread")

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    """Print an exception that escaped a thread's run() (SystemExit is silent)."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _thread._stderr_write("Exception in thread %s:\n%s" % (name, _thread._format_exception(args.exc_value)))


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    args = ExceptHookArgs(type(exc), exc, exc.__traceback__, thread)
    try:
        hook(args)
    except Exception as hook_exc:
        hook_exc.__suppress_context__ = True
        del args
        _thread._stderr_write("Exception in threading.excepthook:\n%s" % _thread._format_exception(hook_exc))


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (" + target.__name__ + ")"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = bool(daemon) if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = False
        self._running = _allocate_lock()
        self._is_done = False

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_done:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._running.acquire()
        with _active_lock:
            _pending.append(self)
        _start_new_thread(self._bootstrap, ())

    def _bootstrap(self):
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self
            _pending.remove(self)
        try:
            self.run()
        except BaseException as exc:
            _invoke_excepthook(self, exc)
        finally:
            with _active_lock:
                del _active[self._ident]
            _forget_locals(self._ident)
            self._is_done = True
            self._running.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._running.acquire()
            self._running.release()
        elif self._running.acquire(True, max(timeout, 0)):
            self._running.release()

    def is_alive(self):
        return self._started and not self._is_done

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._running.acquire()


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()


_pending = []
_main_thread = None


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        return _DummyThread()
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active) + len(_pending)


activeCount = active_count


def enumerate():
    with _active_lock:
        return list(_active.values()) + list(_pending)


def _shutdown():
    """Wait for every non-daemon thread (the interpreter calls this at exit)."""
    while True:
        with _active_lock:
            waiting = [t for t in list(_active.values()) + _pending if not t._daemonic and t is not _main_thread]
        if not waiting:
            return
        for t in waiting:
            t.join()


def _init_main_thread():
    global _main_thread
    _main_thread = _MainThread()
    _active[_main_thread._ident] = _main_thread


_init_main_thread()
del _init_main_thread
