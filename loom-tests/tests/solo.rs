//! Models solo mode (`runtime::solo`): the only attached thread skips
//! object locks until another thread attaches, which first makes it leave
//! at a safe point. Critical sections write a loom `UnsafeCell`, so loom
//! reports any pair of them that the protocol fails to order.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, Ordering};
use loom::sync::Arc;
use loom::thread;

use loom_tests::object::header::ObjectHeader;
use loom_tests::runtime::mutex::ObjLockGuard;
use loom_tests::runtime::solo::SoloState;
use loom_tests::runtime::sync::{is_solo, set_thread_id};

struct World {
    solo: SoloState,
    /// An object no thread owns: its lock is never biased.
    header: ObjectHeader,
    value: UnsafeCell<usize>,
    /// The first thread's eval-breaker bit "leave solo mode".
    asked_to_leave: AtomicBool,
}

impl World {
    fn new() -> Arc<World> {
        Arc::new(World {
            solo: SoloState::new(),
            header: ObjectHeader::new(std::ptr::null(), 0),
            value: UnsafeCell::new(0),
            asked_to_leave: AtomicBool::new(false),
        })
    }

    fn bump(&self) {
        let _g = ObjLockGuard::new(&self.header, |_| unreachable!("unbiased"));
        self.value.with_mut(|v| unsafe { *v += 1 });
    }
}

/// Thread 1 attaches alone (and goes solo), runs two critical sections
/// with a safe point after each; thread 2 attaches meanwhile and runs one.
#[test]
fn solo_mode_excludes_attachers() {
    loom_tests::check_model(3, 20_000, || {
        let w = World::new();
        set_thread_id(1);
        w.solo.attach(1, |_| unreachable!("nobody is solo yet"));
        assert!(is_solo(), "the only attached thread goes solo");
        let first = {
            let w = w.clone();
            thread::spawn(move || {
                set_thread_id(2);
                w.solo
                    .attach(2, |_| w.asked_to_leave.store(true, Ordering::Release));
                // Solo itself if thread 1 has detached already.
                w.bump();
                w.solo.detach();
            })
        };
        for _ in 0..2 {
            w.bump();
            if w.asked_to_leave.swap(false, Ordering::Acquire) {
                w.solo.leave();
            }
        }
        w.solo.detach();
        first.join().unwrap();
        assert_eq!(w.value.with(|v| unsafe { *v }), 3);
    });
}

/// Stop-the-world: thread 1 runs "bytecode" (writes the cell) with safe
/// points between, parking (detach, attach) when asked; thread 2 stops the
/// world, writes the cell as the collector walks the heap, and restarts it.
/// Loom reports the write pair the protocol fails to order.
#[test]
fn stop_the_world_parks_the_running_thread() {
    loom_tests::check_model(3, 20_000, || {
        let w = World::new();
        let poked = Arc::new(AtomicBool::new(false));
        set_thread_id(1);
        w.solo.attach(1, |_| {});
        let collector = {
            let (w, poked) = (w.clone(), poked.clone());
            thread::spawn(move || {
                set_thread_id(2);
                w.solo
                    .attach(2, |_| w.asked_to_leave.store(true, Ordering::Release));
                let was_solo = w
                    .solo
                    .stop_world(2, || poked.store(true, Ordering::Release), || {});
                w.value.with_mut(|v| unsafe { *v += 10 });
                w.solo.start_world(was_solo);
                w.solo.detach();
            })
        };
        for _ in 0..2 {
            w.value.with_mut(|v| unsafe { *v += 1 });
            // A safe point.
            if w.asked_to_leave.swap(false, Ordering::Acquire) {
                w.solo.leave();
            }
            if poked.swap(false, Ordering::Acquire) {
                w.solo.detach();
                w.solo.attach(1, |_| {});
            }
        }
        w.solo.detach();
        collector.join().unwrap();
        assert_eq!(w.value.with(|v| unsafe { *v }), 12);
    });
}
