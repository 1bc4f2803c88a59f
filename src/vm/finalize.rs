//! Deferred finalizers: Python code that a destructor needs to run (closing
//! a generator dropped while suspended inside `try`/`with`, CPython's
//! `_PyGen_Finalize`).
//!
//! A destructor can run anywhere a reference is dropped: in the middle of
//! an instruction, while a container is being rebuilt, during a biased
//! refcount merge. Running Python code there is unsafe (the eval stack is
//! mid-update, a lock may be held), so a destructor only *queues* the work
//! on the dropping thread (`defer`) and sets that thread's eval-breaker bit
//! `BREAK_FINALIZE`. The thread's `Vm` runs the queue at its next safe
//! point (`Vm::handle_eval_breaker`: backward jumps and calls), and when
//! the main module or a thread's function ends.
//!
//! Invariants: the queue is thread-local and is never borrowed while a
//! value is dropped or Python code runs (items are moved out first), so a
//! finalizer that drops further generators just queues more work. A
//! finalizer that fails reports the error as CPython's "Exception ignored
//! in" and never propagates it. Work queued on a thread that has no `Vm`
//! any more is leaked, never run nor dropped (dropping could re-enter
//! thread-local state that is being torn down).

use std::cell::RefCell;

use crate::runtime::sync;
use crate::runtime::thread::{set_breaker, BREAK_FINALIZE};
use crate::vm::state::Vm;

pub type Finalizer = Box<dyn FnOnce(&mut Vm)>;

struct Pending(Vec<Finalizer>);

impl Drop for Pending {
    fn drop(&mut self) {
        // Thread teardown: see the module doc.
        std::mem::forget(std::mem::take(&mut self.0));
    }
}

thread_local! {
    static PENDING: RefCell<Pending> = const { RefCell::new(Pending(Vec::new())) };
}

/// Queue `f` to run on this thread's `Vm` at its next safe point.
pub fn defer(f: Finalizer) {
    let mut f = Some(f);
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if let Some(f) = f.take() {
                p.0.push(f);
            }
        }
    });
    match f {
        None => set_breaker(sync::thread_id(), BREAK_FINALIZE),
        // No queue on this thread any more: leak rather than run or drop.
        Some(f) => std::mem::forget(f),
    }
}

fn take_one() -> Option<Finalizer> {
    PENDING
        .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.0.pop()))
        .ok()
        .flatten()
}

impl Vm {
    /// Run every queued finalizer (including ones queued meanwhile).
    pub fn run_finalizers(&mut self) {
        while let Some(f) = take_one() {
            let saved_reraising = std::mem::take(&mut self.reraising);
            f(self);
            self.reraising = saved_reraising;
        }
    }

    /// Report an exception a finalizer could not propagate (CPython's
    /// `PyErr_WriteUnraisable`): "Exception ignored in: <obj>" and the
    /// exception's own traceback (not its chain), on stderr.
    pub fn write_unraisable(&mut self, err: &crate::objects::exception::PyErr, what: &str) {
        crate::modules::builtins::flush_stdout();
        let mut text = String::new();
        self.format_one(err, &mut text);
        eprint!("Exception ignored in: {what}\n{text}");
    }
}
