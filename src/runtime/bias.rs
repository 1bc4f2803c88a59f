//! Biased object locks: the thread that made an object locks it for free
//! until another thread locks it once.
//!
//! Most containers are only ever used by the thread that made them (a loop's
//! scratch list, a function's dict), yet with several threads running each
//! of their operations takes the object lock: two `lock cmpxchg`. So a new
//! object's lock is biased towards its owner (the header's `tid`): the owner
//! skips it, reading the header's `bias` byte. The first other thread that
//! needs the lock revokes the bias, and from then on everybody locks.
//!
//! `bias` byte: BIASED (the owner may skip), REVOKING (a revocation is under
//! way), UNBIASED. Revocation (`revoke`, by a non-owner):
//! 1. CAS BIASED -> REVOKING (SeqCst). Other non-owners now wait for
//!    UNBIASED; the owner sees no bias and takes the real lock.
//! 2. Handshake with the owner: wait until it has passed a point where it
//!    is inside no biased critical section, after step 1. The owner
//!    acknowledges (`Handshake::ack`) at safe points (asked through its eval
//!    breaker), and while it waits in a revocation itself; a detached or
//!    exited owner is in none. A merged object (no owner) needs no wait.
//! 3. Store UNBIASED (Release); lock normally.
//!
//! Why it is sound: the owner skips the lock only after reading BIASED, and a
//! biased critical section never spans a safe point, attach/detach or a
//! revocation wait (object locks are leaf locks: `runtime::mutex`). The
//! acknowledgement reads the request counter (SeqCst), which the revoker
//! bumped after step 1, so every later bias load of the owner sees
//! REVOKING or UNBIASED; and the owner's critical-section writes happen
//! before the Release of its ack, which the revoker reads with Acquire. For
//! a detached owner the revoker's store of REVOKING and its load of the
//! owner's `attached` flag, and the owner's store of that flag and its later
//! bias loads, are each separated by a SeqCst fence: the store-buffering
//! shape, so one side sees the other. Nobody waits while holding an object
//! lock, and every waiter acknowledges its own requests, so revocations
//! cannot deadlock (two threads revoking each other's objects both ack).
//!
//! A revocation waits for the owner's next safe point, microseconds for a
//! running thread; an object pays it once. A thread whose objects keep
//! being revoked (a producer handing them to consumers) stops biasing its
//! new objects after `REVOCATIONS_BEFORE_UNBIASED`, JVMs' bulk revocation
//! in its simplest form. `loom-tests/tests/bias.rs`
//! models an owner's critical sections racing a revoker.

use crate::object::header::ObjectHeader;
use crate::runtime::sync::{self, fence, AtomicBool, AtomicU64, Ordering};

pub const UNBIASED: u8 = 0;
pub const BIASED: u8 = 1;
pub const REVOKING: u8 = 2;

/// After this many revocations of its objects' biases, a thread makes its
/// new objects unbiased.
const REVOCATIONS_BEFORE_UNBIASED: u64 = 256;

/// A thread's side of the revocation handshake (in its registry record).
pub struct Handshake {
    /// False while the thread is detached (blocked, or gone): it is inside
    /// no critical section.
    attached: AtomicBool,
    /// Revocations requested of this thread.
    requests: AtomicU64,
    /// `requests` as of the thread's last acknowledgement.
    acks: AtomicU64,
}

impl Default for Handshake {
    fn default() -> Self {
        Self::new()
    }
}

impl Handshake {
    pub fn new() -> Self {
        Handshake {
            attached: AtomicBool::new(false),
            requests: AtomicU64::new(0),
            acks: AtomicU64::new(0),
        }
    }

    /// The thread (the calling one) is inside no biased critical section:
    /// grant every revocation requested so far.
    pub fn ack(&self) {
        let req = self.requests.load(Ordering::SeqCst);
        if req > REVOCATIONS_BEFORE_UNBIASED {
            // Its objects keep going to other threads (a producer): bias no
            // more of them, each would cost a handshake.
            sync::stop_biasing_new_objects();
        }
        // Release: the owner's critical sections happen before the revoker
        // proceeds.
        self.acks.store(req, Ordering::Release);
    }

    pub fn set_attached(&self, on: bool) {
        self.attached.store(on, Ordering::SeqCst);
        // Attaching: later bias loads must see revocations that saw us
        // detached (store-buffering with `handshake`'s fence).
        fence(Ordering::SeqCst);
    }

    fn request(&self) -> u64 {
        self.requests.fetch_add(1, Ordering::SeqCst) + 1
    }

    fn granted(&self, req: u64) -> bool {
        fence(Ordering::SeqCst);
        !self.attached.load(Ordering::SeqCst) || self.acks.load(Ordering::Acquire) >= req
    }
}

/// May the calling thread skip `h`'s lock because it is biased to it?
#[inline(always)]
pub fn owner_skips(h: &ObjectHeader) -> bool {
    h.bias.load(Ordering::Relaxed) == BIASED && h.tid.load(Ordering::Relaxed) == sync::thread_id()
}

/// Make `h` unbiased before the calling thread locks it (not its owner, or
/// its owner while another thread revokes). `me` is the caller's handshake;
/// `owner(tid, f)` runs `f` on the owner's handshake if it is registered and
/// `poke(tid)` asks it to acknowledge at its next safe point.
#[cold]
pub fn revoke(
    h: &ObjectHeader,
    me: &Handshake,
    owner: impl Fn(usize, &mut dyn FnMut(&Handshake) -> bool) -> bool,
    poke: impl Fn(usize),
) {
    let tid = h.tid.load(Ordering::Acquire);
    if tid == sync::thread_id() {
        // Our own object mid-revocation: the real lock suffices.
        return;
    }
    let mut spins = 0u32;
    loop {
        match h.bias.load(Ordering::Acquire) {
            UNBIASED => return,
            BIASED => {
                if h.bias
                    .compare_exchange(BIASED, REVOKING, Ordering::SeqCst, Ordering::Relaxed)
                    .is_ok()
                {
                    if tid != 0 {
                        handshake(tid, me, &owner, &poke);
                    }
                    // Release: the owner's critical sections, seen through
                    // the handshake, happen before every later locker.
                    h.bias.store(UNBIASED, Ordering::Release);
                    return;
                }
            }
            _ => {
                // Another thread revokes: wait for it, granting ours.
                me.ack();
                backoff(&mut spins);
            }
        }
    }
}

fn handshake(
    tid: usize,
    me: &Handshake,
    owner: &impl Fn(usize, &mut dyn FnMut(&Handshake) -> bool) -> bool,
    poke: &impl Fn(usize),
) {
    fence(Ordering::SeqCst);
    let mut req = 0;
    let registered = owner(tid, &mut |o| {
        req = o.request();
        true
    });
    if !registered {
        return; // exited: inside nothing
    }
    poke(tid);
    let mut spins = 0u32;
    // `owner` returns false once the thread has exited.
    while owner(tid, &mut |o| !o.granted(req)) {
        me.ack();
        backoff(&mut spins);
    }
}

fn backoff(spins: &mut u32) {
    *spins += 1;
    if *spins < 64 {
        sync::spin_hint();
    } else {
        sync::yield_now();
    }
}
