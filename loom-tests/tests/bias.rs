//! Models biased object locks (`runtime::bias`): the owner's critical
//! sections skip the lock while another thread revokes the bias and then
//! locks for real. Critical sections write a loom `UnsafeCell`, so loom
//! reports any pair of them not ordered by the handshake or the lock.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, Ordering};
use loom::sync::Arc;
use loom::thread;

use loom_tests::object::header::ObjectHeader;
use loom_tests::runtime::bias::{self, Handshake, UNBIASED};
use loom_tests::runtime::mutex::ObjLockGuard;
use loom_tests::runtime::sync::set_thread_id;

const OWNER: usize = 1;
const OTHER: usize = 2;

/// The object, both threads' handshakes, and the owner's eval-breaker bit.
struct World {
    header: ObjectHeader,
    value: UnsafeCell<usize>,
    owner: Handshake,
    other: Handshake,
    poked: AtomicBool,
    /// Pretend the owner has exited (the broken variant below).
    hide_owner: bool,
}

impl World {
    fn new(hide_owner: bool) -> Arc<World> {
        Arc::new(World {
            // Made by OWNER: biased to it.
            header: ObjectHeader::new(std::ptr::null(), OWNER),
            value: UnsafeCell::new(0),
            owner: Handshake::new(),
            other: Handshake::new(),
            poked: AtomicBool::new(false),
            hide_owner,
        })
    }

    fn handshake(&self, tid: usize) -> Option<&Handshake> {
        match tid {
            OWNER if !self.hide_owner => Some(&self.owner),
            OTHER => Some(&self.other),
            _ => None,
        }
    }

    /// One critical section of thread `me`, through the guard.
    fn bump(&self, me: &Handshake) {
        let _g = ObjLockGuard::new(&self.header, |h| {
            bias::revoke(
                h,
                me,
                |tid, f| self.handshake(tid).is_some_and(f),
                |_| self.poked.store(true, Ordering::Release),
            )
        });
        self.value.with_mut(|v| unsafe { *v += 1 });
    }
}

fn run(hide_owner: bool) {
    loom_tests::check_model(3, 20_000, move || {
        let w = World::new(hide_owner);
        w.owner.set_attached(true);
        let owner = {
            let w = w.clone();
            thread::spawn(move || {
                set_thread_id(OWNER);
                for _ in 0..2 {
                    w.bump(&w.owner);
                    // A safe point: acknowledge if asked.
                    if w.poked.swap(false, Ordering::Acquire) {
                        w.owner.ack();
                    }
                }
                w.owner.set_attached(false);
            })
        };
        set_thread_id(OTHER);
        w.other.set_attached(true);
        w.bump(&w.other);
        w.other.set_attached(false);
        owner.join().unwrap();
        assert_eq!(w.value.with(|v| unsafe { *v }), 3);
        assert_eq!(w.header.bias.load(Ordering::Relaxed), UNBIASED);
    });
}

/// The owner's skipped locks and the revoker's real one never overlap.
#[test]
fn bias_revocation_excludes() {
    run(false);
}

/// Skipping the handshake (as if the owner had exited while it still runs)
/// lets the revoker into a critical section the owner is in: loom must see
/// the race, or the model above proves nothing.
#[test]
#[should_panic(expected = "Causality violation")]
fn bias_without_handshake_races() {
    run(true);
}
