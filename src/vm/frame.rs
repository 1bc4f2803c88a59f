//! Frames live on a per-thread frame stack (`Vm::frames`); their slots live
//! on the per-thread value stack (`Vm::stack`): `base..base+nslots` holds
//! locals, cells and free variables, and the evaluation stack grows above.
//! A Python-to-Python call pushes a frame over its arguments (which become
//! the first locals in place) and the eval loop switches to it without
//! recursing on the Rust stack (CPython 3.11's frame layout).
//!
//! Handler blocks (`SETUP_FINALLY` & co) live on `Vm::blocks`; a frame owns
//! the entries from its `block_base` up.

use crate::bytecode::code::PyCode;
use crate::object::pyref::PyRef;
use crate::objects::dict::PyDict;

pub struct Frame {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub builtins: PyRef<PyDict>,
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
