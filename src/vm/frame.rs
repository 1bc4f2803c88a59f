//! Frames live on a per-thread frame stack (`Vm::frames`); their slots live
//! on the per-thread value stack (`Vm::stack`): `base..base+nslots` holds
//! locals, cells and free variables, and the evaluation stack grows above.
//! A Python-to-Python call pushes a frame over its arguments (which become
//! the first locals in place) and the eval loop switches to it without
//! recursing on the Rust stack (CPython 3.11's frame layout).
//!
//! Handler blocks (`SETUP_FINALLY` & co) live on `Vm::blocks`; a frame owns
//! the entries from its `block_base` up.
//!
//! A frame's globals and builtins are borrowed, not counted (CPython's
//! `_PyInterpreterFrame` borrows them too): every call would otherwise
//! count the module dict and the builtins dict twice, shared by every
//! thread. What pushes a frame keeps them alive until it is popped: a
//! function frame's function (in the caller's callable slot on the value
//! stack, which the return cuts only after popping the frame, or borrowed
//! by the Rust caller of `Vm::call_function` for the whole run); the caller
//! of `Vm::run_code`; a generator's saved frame, in the generator object
//! that the resuming caller holds.

use std::ptr::NonNull;

use crate::bytecode::code::PyCode;
use crate::object::pyref::{Py, PyRef};
use crate::objects::dict::PyDict;

/// A frame's borrowed globals or builtins dict (see above).
#[derive(Clone, Copy)]
pub struct FrameDict(NonNull<Py<PyDict>>);

impl FrameDict {
    /// Borrow `d` for a frame; the caller keeps `d` alive for its life.
    pub fn new(d: &Py<PyDict>) -> Self {
        FrameDict(NonNull::from(d))
    }
}

impl std::ops::Deref for FrameDict {
    type Target = Py<PyDict>;
    #[inline(always)]
    fn deref(&self) -> &Py<PyDict> {
        // SAFETY: the frame's pusher keeps the dict alive while the frame
        // is on the frame stack (module comment), and a `FrameDict` is only
        // copied out of a frame for uses that end before it is popped.
        unsafe { self.0.as_ref() }
    }
}

pub struct Frame {
    pub code: PyRef<PyCode>,
    pub globals: FrameDict,
    pub builtins: FrameDict,
    /// The locals dict of module and class bodies (`LOAD_NAME`).
    pub locals: Option<PyRef<PyDict>>,
    /// Index of slot 0 in `Vm::stack`.
    pub base: usize,
    /// Stack length to cut back to when the frame returns (the callable's slot).
    pub ret_to: usize,
    /// Next instruction (code-unit offset).
    pub ip: usize,
    /// Offset of the instruction being executed (for line numbers).
    pub last_ip: usize,
    pub block_base: usize,
    /// Returning from this frame returns from `Vm::run_frame`.
    pub entry: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// try/finally, try/except and with: receives prev_exc and exc.
    Handler,
    /// Around handler bodies: receives exc only.
    Cleanup,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Absolute `Vm::stack` length to cut back to.
    pub level: usize,
}

impl crate::vm::state::Vm {
    /// Push a frame. The capacity check comes before the frame is built so
    /// that its fields are written straight into the frame stack: built
    /// across a possible `grow` call, the frame was spilled piecewise and
    /// copied back with wide loads (a store-forwarding stall on every call).
    #[inline(always)]
    pub(crate) fn push_frame(&mut self, make: impl FnOnce() -> Frame) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(16);
        }
        let len = self.frames.len();
        // SAFETY: `len < capacity` (reserved above), so slot `len` is
        // allocated, uninitialised memory owned by the Vec; it is written
        // once before `set_len` makes it part of the Vec.
        unsafe {
            self.frames.as_mut_ptr().add(len).write(make());
            self.frames.set_len(len + 1);
        }
    }
}
