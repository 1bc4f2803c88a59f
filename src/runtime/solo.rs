//! Solo mode: the only attached thread skips object locks.
//!
//! Object locks exclude other threads that run Python code at the same
//! time. While exactly one thread is attached (the others are blocked in
//! sleep, join, a lock wait or I/O, or do not exist) there is nobody to
//! exclude, and each lock/unlock is two `lock cmpxchg` of pure cost: about a
//! fifth of an allocation- or list-heavy loop's time. So that thread holds
//! the whole heap as one biased lock (as JVMs biased their monitors, revoked
//! at safepoints) and an object lock is a thread-local flag test.
//!
//! State: one word, `attached << 1 | SOLO`, and the solo thread's id.
//! - `attach`: CAS `attached + 1` while SOLO is clear. If it is set, ask the
//!   solo thread to leave (the caller's `ask_leave`: its eval breaker) and
//!   park until SOLO clears. A thread attaching to an empty word (all others
//!   detached) becomes solo at once.
//! - `try_enter`: CAS `1 attached` -> `1 attached | SOLO`, then set the
//!   thread's flag (`sync::set_solo`).
//! - `leave` (at a safe point when asked, and in `detach`): clear the flag,
//!   clear SOLO (Release), wake the parked attachers.
//! - `detach`: leave, `attached - 1` (Release). If one thread remains
//!   attached, the caller tells it (eval breaker) to `try_enter` at its next
//!   safe point.
//!
//! Why it is sound. The flag is set only while SOLO is, SOLO only while the
//! word counts one attached thread (the flag's owner), and no thread attaches
//! while SOLO is set. So while a thread skips locks, every other thread is
//! detached or parked in `attach`, and neither touches an object. A thread's
//! solo status changes only at attach, detach and safe points, where by the
//! lock discipline (object locks are leaf locks, never held across Python
//! code or blocking: `runtime::mutex`) it holds no object lock: a skipped
//! lock is never unlocked for real, nor the reverse. Ordering: SOLO clears
//! with Release and the attach CAS reads it with Acquire, so all the solo
//! thread did happens before the attacher's first access; `detach`'s Release
//! and `try_enter`'s Acquire order the other way round.
//!
//! Only for the free-threaded build with no GIL in force: in the GIL build
//! object locks compile away, and with `-X gil=1` the GIL serializes anyway.
//! `loom-tests/tests/solo.rs` models a solo thread racing an attacher.

use crate::runtime::sync::{self, AtomicUsize, Ordering};

const SOLO: usize = 1;
/// One attached thread, in the word's count field.
const ONE: usize = 2;

pub struct SoloState {
    word: AtomicUsize,
    /// The solo thread's id; meaningful while SOLO is set.
    owner: AtomicUsize,
}

impl Default for SoloState {
    fn default() -> Self {
        Self::new()
    }
}

impl SoloState {
    pub fn new() -> Self {
        SoloState {
            word: AtomicUsize::new(0),
            owner: AtomicUsize::new(0),
        }
    }

    fn addr(&self) -> usize {
        &self.word as *const AtomicUsize as usize
    }

    /// Count the calling thread (id `me`) as attached; it may run Python code
    /// after this returns. `ask_leave(id)` asks a solo thread to leave.
    pub fn attach(&self, me: usize, ask_leave: impl Fn(usize)) {
        let mut w = self.word.load(Ordering::Acquire);
        loop {
            if w & SOLO != 0 {
                // Relaxed: the Acquire that saw SOLO also sees the id,
                // stored before SOLO was set.
                ask_leave(self.owner.load(Ordering::Relaxed));
                sync::park(self.addr(), || {
                    self.word.load(Ordering::Acquire) & SOLO != 0
                });
                w = self.word.load(Ordering::Acquire);
                continue;
            }
            // Acquire: pairs with `leave`'s and `detach`'s Release.
            match self
                .word
                .compare_exchange_weak(w, w + ONE, Ordering::Acquire, Ordering::Acquire)
            {
                Ok(_) => break,
                Err(now) => w = now,
            }
        }
        if w == 0 {
            self.try_enter(me);
        }
    }

    /// Become solo if the caller (attached) is the only attached thread.
    pub fn try_enter(&self, me: usize) -> bool {
        if sync::is_solo() {
            return true;
        }
        if self.word.load(Ordering::Relaxed) != ONE {
            return false;
        }
        // Only the one attached thread can get here with the word at ONE,
        // so no other thread writes the id meanwhile.
        self.owner.store(me, Ordering::Relaxed);
        // AcqRel: Acquire pairs with the Release of the detaches that
        // brought the count down; Release publishes the id.
        let entered = self
            .word
            .compare_exchange(ONE, ONE | SOLO, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok();
        if entered {
            sync::set_solo(true);
        }
        entered
    }

    /// Stop skipping locks (a thread wants to attach, or this one detaches).
    pub fn leave(&self) {
        if !sync::is_solo() {
            return;
        }
        sync::set_solo(false);
        // Release: everything done while solo happens before the attacher.
        self.word.fetch_and(!SOLO, Ordering::Release);
        sync::unpark_all(self.addr());
    }

    /// The calling thread stops running Python code. True when exactly one
    /// thread is left attached: the caller should tell it to `try_enter`.
    pub fn detach(&self) -> bool {
        self.leave();
        // Release: pairs with the Acquire of a later `try_enter` or attach.
        let before = self.word.fetch_sub(ONE, Ordering::Release);
        before == 2 * ONE
    }
}
