//! Models the one-byte object mutex (`runtime::mutex::RawObjMutex`), including
//! its spin/park slow path (under loom `park` yields and `unpark_one` reports
//! no remaining sleepers), `ObjLockGuard` and the address-ordered `lock_two`.
//!
//! Critical sections write a loom `UnsafeCell`, so loom reports any access not
//! ordered by the lock's Acquire/Release; a deadlock or lost wake-up would
//! show up as a model that never finishes (loom's branch limit).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;

use loom_tests::object::header::ObjectHeader;
use loom_tests::runtime::mutex::{lock_two, ObjLockGuard};

// `lock_slow` spins up to `SPINS` (40) times per round, each a load and a
// yield, before parking (a yield too): a waiter legitimately takes
// hundreds of branches, past loom's default limit of 1000.
fn model(bound: usize, f: impl Fn() + Sync + Send + 'static) {
    loom_tests::check_model(bound, 20_000, f);
}

/// A counter that only the holder of the object lock may touch. No thread
/// owns the object (tid 0), so its lock is not biased: `bias.rs` models that.
struct Guarded {
    header: ObjectHeader,
    value: UnsafeCell<usize>,
}

/// Unbiased objects never need a revocation.
fn no_revoke(_: &ObjectHeader) {
    unreachable!("revocation of an unbiased lock")
}

impl Guarded {
    fn new() -> Arc<Guarded> {
        Arc::new(Guarded {
            header: ObjectHeader::new(std::ptr::null(), 0),
            value: UnsafeCell::new(0),
        })
    }

    /// Caller holds `lock`.
    fn bump(&self) {
        self.value.with_mut(|v| unsafe { *v += 1 });
    }

    fn get(&self) -> usize {
        self.value.with(|v| unsafe { *v })
    }
}

/// Two threads (one spawned and the main one) increment a plain counter
/// under the lock, each twice (once through `ObjLockGuard`, once with
/// `lock`/`unlock`): no data race, no lost update, and the lock ends unlocked.
///
/// Three contending threads exceed loom's branch limit even at 20 000: with
/// two waiters each spinning up to 40 yields per round, the schedules loom
/// must walk get too long, so the model stays at two.
#[test]
fn mutex_excludes() {
    model(4, || {
        let g = Guarded::new();
        let work = |g: &Guarded| {
            {
                let _guard = ObjLockGuard::new(&g.header, no_revoke);
                g.bump();
            }
            g.header.mutex.lock();
            g.bump();
            g.header.mutex.unlock();
        };
        let t = {
            let g = g.clone();
            thread::spawn(move || work(&g))
        };
        work(&g);
        t.join().unwrap();
        assert!(!g.header.mutex.is_locked());
        assert_eq!(g.get(), 4);
    });
}

/// Two threads lock the same pair in opposite argument orders; `lock_two`
/// orders by address, so neither can hold one lock while waiting for the
/// other. Each updates both counters under both locks.
#[test]
fn mutex_lock_two_orders() {
    model(4, || {
        let a = Guarded::new();
        let b = Guarded::new();
        let t = {
            let (a, b) = (a.clone(), b.clone());
            thread::spawn(move || {
                let _guards = lock_two(&a.header, &b.header, no_revoke);
                a.bump();
                b.bump();
            })
        };
        {
            let (_g1, g2) = lock_two(&b.header, &a.header, no_revoke);
            assert!(g2.is_some());
            a.bump();
            b.bump();
        }
        t.join().unwrap();
        assert!(!a.header.mutex.is_locked() && !b.header.mutex.is_locked());
        assert_eq!((a.get(), b.get()), (2, 2));
    });
}

/// `lock_two` on the same mutex twice locks it once.
#[test]
fn mutex_lock_two_same() {
    model(4, || {
        let a = Guarded::new();
        let t = {
            let a = a.clone();
            thread::spawn(move || {
                let (_g, none) = lock_two(&a.header, &a.header, no_revoke);
                assert!(none.is_none());
                a.bump();
            })
        };
        {
            let _g = ObjLockGuard::new(&a.header, no_revoke);
            a.bump();
        }
        t.join().unwrap();
        assert!(!a.header.mutex.is_locked());
        assert_eq!(a.get(), 2);
    });
}

/// Two threads `try_lock` once each (the main thread also while holding the
/// lock itself, which must fail): a success gives exclusive access, a failure
/// only happens while the other thread holds the lock, so at least one
/// succeeds, and the counter equals the number of successes.
#[test]
fn mutex_try_lock() {
    model(4, || {
        let g = Guarded::new();
        let wins = Arc::new(AtomicUsize::new(0));
        let t = {
            let (g, wins) = (g.clone(), wins.clone());
            thread::spawn(move || {
                if g.header.mutex.try_lock() {
                    g.bump();
                    wins.fetch_add(1, Ordering::Relaxed);
                    g.header.mutex.unlock();
                }
            })
        };
        if g.header.mutex.try_lock() {
            assert!(!g.header.mutex.try_lock(), "try_lock of a held lock");
            g.bump();
            wins.fetch_add(1, Ordering::Relaxed);
            g.header.mutex.unlock();
        }
        t.join().unwrap();
        let wins = wins.load(Ordering::Relaxed);
        assert!(wins >= 1, "both try_locks failed");
        assert_eq!(g.get(), wins);
        assert!(!g.header.mutex.is_locked());
    });
}
