//! Models the weak-reference upgrade (`runtime::weakref`) racing the
//! referent's last decref (`runtime::refcount`): a reader must get either a
//! strong reference to a live object or nothing, never a dangling one.
//!
//! The referent is a bare header plus a payload; its "deallocation" does
//! what the object layer does: clear the weak slots under the shard lock
//! (`clear_referent`), then free (write the payload, count the free). Every
//! model checks, over all interleavings loom explores:
//! - the object is freed exactly once, and its slot is null afterwards;
//! - a successful upgrade reads the payload before the free (a loom
//!   `UnsafeCell`: a read not ordered before the free's write is a data
//!   race loom reports) and never sees the freed flag.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;

use loom_tests::object::header::ObjectHeader;
use loom_tests::runtime::brc::{BrcQueue, QueuedObject};
use loom_tests::runtime::refcount::{decref, SharedDecref, MAYBE_WEAKREF, SHARED_SHIFT};
use loom_tests::runtime::sync::set_thread_id;
use loom_tests::runtime::weakref::{WeakRegistry, WeakSlot};

const OWNER: usize = 1;

struct Obj {
    header: ObjectHeader,
    payload: UnsafeCell<u64>,
    freed: AtomicBool,
    frees: AtomicUsize,
}

/// The referent, its one weak reference, the table and the owner's queue.
struct World {
    obj: Arc<Obj>,
    slot: WeakSlot,
    reg: WeakRegistry,
    queue: BrcQueue,
}

impl World {
    /// On the owner thread: an object with one local reference and one
    /// weak reference (attached as `new_weakref` does).
    fn new() -> Arc<World> {
        let obj = Arc::new(Obj {
            header: ObjectHeader::new(std::ptr::null(), OWNER),
            payload: UnsafeCell::new(7),
            freed: AtomicBool::new(false),
            frees: AtomicUsize::new(0),
        });
        let w = Arc::new(World {
            slot: WeakSlot::new(&obj.header),
            obj,
            reg: WeakRegistry::new(),
            queue: BrcQueue::new(),
        });
        let entry = &w.slot as *const WeakSlot as usize;
        w.reg.attach(&w.obj.header, |list| list.push(entry));
        w
    }

    fn addr(&self) -> usize {
        &self.obj.header as *const ObjectHeader as usize
    }

    /// The object layer's deallocation: clear the weak slots, then free.
    fn dealloc(&self) {
        self.reg.clear_referent(self.addr(), |e| {
            assert_eq!(e, &self.slot as *const WeakSlot as usize);
            self.slot.clear_locked();
        });
        self.obj.payload.with_mut(|p| unsafe { *p = 0xdead });
        self.obj.freed.store(true, Ordering::Relaxed);
        self.obj.frees.fetch_add(1, Ordering::Relaxed);
    }

    fn drop_ref(&self) -> SharedDecref {
        let r = decref(&self.obj.header);
        match r {
            SharedDecref::Dealloc => self.dealloc(),
            SharedDecref::Queue => self.queue.push(QueuedObject(&self.obj.header)),
            SharedDecref::Done => {}
        }
        r
    }

    /// Upgrade the weak reference; on success use the object and drop the
    /// strong reference again. True when the upgrade succeeded.
    fn try_use(&self) -> bool {
        match self.slot.upgrade(&self.reg) {
            Some(p) => {
                assert!(std::ptr::eq(p.as_ptr(), &self.obj.header));
                assert!(
                    !self.obj.freed.load(Ordering::Relaxed),
                    "upgraded a dead object"
                );
                self.obj.payload.with(|p| assert_eq!(unsafe { *p }, 7));
                self.drop_ref();
                true
            }
            None => false,
        }
    }

    fn merge(&self) {
        self.queue.merge(|_| self.dealloc());
    }

    fn check_dead(&self) {
        assert_eq!(
            self.obj.frees.load(Ordering::Relaxed),
            1,
            "freed exactly once"
        );
        assert!(self.slot.peek().is_null(), "slot cleared");
        assert!(self.slot.upgrade(&self.reg).is_none());
    }
}

fn model(f: impl Fn() + Sync + Send + 'static) {
    loom_tests::check_model(4, 2000, f);
}

/// Three threads: a smaller preemption bound keeps the model quick.
fn model3(f: impl Fn() + Sync + Send + 'static) {
    loom_tests::check_model(2, 2000, f);
}

/// The owner drops the only strong reference while another thread upgrades
/// the weak reference (and drops what it got).
#[test]
fn weakref_upgrade_races_owner_last_decref() {
    model(|| {
        set_thread_id(OWNER);
        let w = World::new();
        let b = {
            let w = w.clone();
            thread::spawn(move || {
                set_thread_id(2);
                w.try_use()
            })
        };
        w.drop_ref();
        b.join().unwrap();
        w.merge();
        w.check_dead();
    });
}

/// The last strong reference is a non-owner's (the owner dropped its own
/// first, merging the counts); it drops it while the owner upgrades.
#[test]
fn weakref_upgrade_races_nonowner_last_decref() {
    model(|| {
        set_thread_id(OWNER);
        let w = World::new();
        // B's reference, counted the non-owner way (flag kept).
        w.obj
            .header
            .ref_shared
            .store((1 << SHARED_SHIFT) | MAYBE_WEAKREF, Ordering::Relaxed);
        assert_eq!(w.drop_ref(), SharedDecref::Done, "B still holds one");
        let b = {
            let w = w.clone();
            thread::spawn(move || {
                set_thread_id(2);
                w.drop_ref();
            })
        };
        w.try_use();
        b.join().unwrap();
        w.check_dead();
    });
}

/// Two readers upgrade while the owner drops the last reference: each gets
/// the live object or nothing, and the object is freed once whoever drops
/// the last strong reference.
#[test]
fn weakref_two_upgrades_race_last_decref() {
    model3(|| {
        set_thread_id(OWNER);
        let w = World::new();
        let spawn = |id: usize| {
            let w = w.clone();
            thread::spawn(move || {
                set_thread_id(id);
                w.try_use();
            })
        };
        let (b, c) = (spawn(2), spawn(3));
        w.drop_ref();
        b.join().unwrap();
        c.join().unwrap();
        w.merge();
        w.check_dead();
    });
}
