//! Superinstructions: a pass over a new code object's units that fuses
//! common adjacent pairs into one dispatch (CPython 3.11 quickens the same
//! pairs, e.g. `LOAD_FAST__LOAD_FAST`).
//!
//! Only the first unit of a pair (or triple) is rewritten. The others keep
//! their opcodes and arguments, so a jump that lands on one runs it alone,
//! and the fused handler takes their arguments and skips them. Each
//! rewrite looks at the original opcodes only, so overlapping runs are all
//! fused. An instruction with an `EXTENDED_ARG` prefix is not adjacent to
//! the one before it, so it never joins a run. Running a run in one handler
//! is exactly falling through (`FOR_ITER`, the one first instruction that
//! jumps, skips the store when it does).
//!
//! `LOAD_FAST` pairs that consume the local at once (`LOAD_ATTR`,
//! `STORE_ATTR`) borrow it instead of taking a reference: no refcount
//! traffic on `self`, which for an object shared by threads is an atomic
//! write to a contended cache line.

use crate::bytecode::opcode::{CodeUnit, Opcode};

pub fn quicken(units: &mut [CodeUnit]) {
    let ops: Vec<Opcode> = units.iter().map(|u| u.op).collect();
    for (i, unit) in units.iter_mut().enumerate() {
        let next = |k: usize| ops.get(i + k).copied().unwrap_or(Opcode::Nop);
        if let Some(fused) = fuse3(ops[i], next(1), next(2)).or_else(|| fuse(ops[i], next(1))) {
            unit.op = fused;
        }
    }
}

/// Triples (checked first): the handler skips both following units.
fn fuse3(first: Opcode, second: Opcode, third: Opcode) -> Option<Opcode> {
    use Opcode::*;
    match (first, second, third) {
        (LoadFast, LoadConst, BinaryOp) => Some(LoadFastConstBinaryOp),
        _ => None,
    }
}

fn fuse(first: Opcode, second: Opcode) -> Option<Opcode> {
    use Opcode::*;
    Some(match (first, second) {
        (LoadGlobal, PushNull) => LoadGlobalPushNull,
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

impl Opcode {
    /// The instruction a superinstruction was made from: the first of its
    /// run (the following units were left intact). Other opcodes map to
    /// themselves. `dis` on a runtime code object shows `unfused()` so that
    /// it prints the compiler's instructions, not the quickened ones.
    pub fn unfused(self) -> Opcode {
        use Opcode::*;
        match self {
            LoadGlobalPushNull => LoadGlobal,
            LoadFastAttr
            | LoadFastStoreAttr
            | LoadFastLoadFast
            | LoadFastLoadConst
            | LoadFastConstBinaryOp => LoadFast,
            StoreFastLoadFast => StoreFast,
            ForIterStoreFast => ForIter,
            BinaryOpStoreFast => BinaryOp,
            LoadConstBinaryOp => LoadConst,
            CompareJumpIfFalse | CompareJumpIfTrue => CompareOp,
            op => op,
        }
    }

    /// Is this a superinstruction (never emitted by the compiler)?
    pub fn is_superinstruction(self) -> bool {
        self.unfused() != self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fused opcode maps back to the first instruction of its run.
    #[test]
    fn unfused_inverts_quicken() {
        let all: Vec<Opcode> = (0..=255u8).filter_map(Opcode::from_u8).collect();
        for &a in &all {
            for &b in &all {
                for &c in &all {
                    let f = fuse3(a, b, c).or_else(|| fuse(a, b));
                    if let Some(f) = f {
                        assert_eq!(f.unfused(), a, "{f:?}");
                        assert!(f.is_superinstruction());
                    }
                }
                if !a.is_superinstruction() {
                    assert_eq!(a.unfused(), a);
                }
            }
        }
    }
}
