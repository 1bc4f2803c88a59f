//! Superinstructions: a pass over a new code object's units that fuses
//! common adjacent pairs into one dispatch (CPython 3.11 quickens the same
//! pairs, e.g. `LOAD_FAST__LOAD_FAST`).
//!
//! Only the first unit of a pair is rewritten. The second keeps its opcode
//! and argument, so a jump that lands on it runs it alone, and the fused
//! handler takes its argument from it and skips it. Each rewrite looks at
//! the original opcodes only, so overlapping pairs are both fused. A pair
//! whose second instruction has an `EXTENDED_ARG` prefix is not adjacent
//! and stays as it is. Running both in one handler is exactly falling
//! through (`FOR_ITER`, the one first instruction that jumps, skips the
//! store when it does).
//!
//! `LOAD_FAST` pairs that consume the local at once (`LOAD_ATTR`,
//! `STORE_ATTR`) borrow it instead of taking a reference: no refcount
//! traffic on `self`, which for an object shared by threads is an atomic
//! write to a contended cache line.

use crate::bytecode::opcode::{CodeUnit, Opcode};

pub fn quicken(units: &mut [CodeUnit]) {
    let ops: Vec<Opcode> = units.iter().map(|u| u.op).collect();
    for (unit, pair) in units.iter_mut().zip(ops.windows(2)) {
        if let Some(fused) = fuse(pair[0], pair[1]) {
            unit.op = fused;
        }
    }
}

fn fuse(first: Opcode, second: Opcode) -> Option<Opcode> {
    use Opcode::*;
    Some(match (first, second) {
        (LoadFast, LoadAttr) => LoadFastAttr,
        (LoadFast, StoreAttr) => LoadFastStoreAttr,
        (LoadFast, LoadFast) => LoadFastLoadFast,
        (LoadFast, LoadConst) => LoadFastLoadConst,
        (StoreFast, LoadFast) => StoreFastLoadFast,
        (ForIter, StoreFast) => ForIterStoreFast,
        (BinaryOp, StoreFast) => BinaryOpStoreFast,
        (LoadConst, BinaryOp) => LoadConstBinaryOp,
        (CompareOp, PopJumpIfFalse) => CompareJumpIfFalse,
        (CompareOp, PopJumpIfTrue) => CompareJumpIfTrue,
        _ => return None,
    })
}
