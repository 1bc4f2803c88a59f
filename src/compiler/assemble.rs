//! The assembler: from a list of instructions with symbolic labels to final
//! code units.
//!
//! Steps (after CPython's Python/flowgraph.c and the assembler of
//! Python/compile.c): (1) a flow analysis from the entry computes the stack
//! depth before every reachable instruction, checking that all paths agree
//! at join points, and yields `stacksize`; (2) unreachable instructions are
//! dropped (labels move to the next kept instruction); (3) instruction sizes
//! (`EXTENDED_ARG` prefixes) are iterated until stable — sizes only grow, so
//! this terminates; (4) code units, the line table and the position table
//! (source ranges, for traceback carets) are emitted. Jump
//! arguments are absolute code-unit offsets; an unconditional jump becomes
//! `JUMP_BACKWARD` when its target is not after it.
//!
//! Depth rules on jump edges: `FOR_ITER` exhaustion and `SEND` completion
//! pop one item; `JUMP_IF_*_OR_POP` keep the value when jumping; a
//! `SETUP_FINALLY` handler starts at the setup depth + 2 (prev_exc, exc), a
//! `SETUP_WITH` handler at setup depth - 1 + 2, a `SETUP_CLEANUP` target at
//! the setup depth (prev_exc stays, exc replaces the item on top).
//! `RETURN_GENERATOR` counts +1: the value sent at the first resume.

use super::error::{CResult, CompileError};
use crate::ast::Span;
use crate::bytecode::code::Position;
use crate::bytecode::opcode::{CodeUnit, Opcode};

/// A symbolic jump target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// One instruction before assembly; for jumps `arg` is a label number.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
    /// The source range the instruction comes from (CPython's location:
    /// `line` may differ from the span's first line, e.g. attribute loads).
    pub line: u32,
    pub span: Span,
}

/// Instructions and label positions (instruction indices; may equal the
/// instruction count, meaning "the end").
#[derive(Debug, Default)]
pub struct InstrList {
    pub instrs: Vec<Instr>,
    pub labels: Vec<Option<usize>>,
}

/// The assembler's product.
pub struct Assembled {
    pub code: Vec<CodeUnit>,
    pub linetable: Vec<(u32, u32)>,
    pub positions: Vec<(u32, Position)>,
    pub stacksize: u32,
}

impl InstrList {
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len());
    }

    fn target(&self, arg: u32) -> CResult<usize> {
        match self.labels.get(arg as usize) {
            Some(Some(t)) => Ok(*t),
            _ => Err(internal("jump to an unbound label")),
        }
    }
}

fn internal(what: &str) -> CompileError {
    CompileError::at(format!("internal compiler error: {what}"), Span::default())
}

/// Does control never fall through to the next instruction?
pub fn is_terminator(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::ReturnValue
            | Opcode::RaiseVarargs
            | Opcode::Reraise
            | Opcode::PopExceptReraise
            | Opcode::Jump
            | Opcode::JumpBackward
    )
}

/// Stack effect of the fall-through path (the table's, except
/// `RETURN_GENERATOR`, after which the first sent value is pushed).
pub fn fallthrough_effect(op: Opcode, arg: u32) -> i32 {
    match op {
        Opcode::ReturnGenerator => 1,
        _ => op.stack_effect(arg),
    }
}

/// Stack depth at the target of jump `op` taken at `depth`.
pub fn jump_depth(op: Opcode, depth: i32) -> i32 {
    match op {
        Opcode::ForIter | Opcode::Send => depth - 1,
        Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => depth - 1,
        Opcode::SetupFinally => depth + 2,
        Opcode::SetupWith => depth + 1,
        _ => depth,
    }
}

/// Flow analysis: the depth before each reachable instruction, and the max.
fn stack_depths(list: &InstrList) -> CResult<(Vec<Option<i32>>, i32)> {
    let n = list.instrs.len();
    let mut depth: Vec<Option<i32>> = vec![None; n + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((start, d0)) = work.pop() {
        let mut i = start;
        let mut d = d0;
        loop {
            match depth[i] {
                Some(old) if old == d => break,
                Some(old) => {
                    let msg = format!("inconsistent stack depth ({old} vs {d}) at instruction {i}");
                    return Err(internal(&msg));
                }
                None => depth[i] = Some(d),
            }
            if i == n {
                return Err(internal("control flow falls off the end of the code"));
            }
            let ins = list.instrs[i];
            if ins.op.is_jump() {
                let t = list.target(ins.arg)?;
                let td = jump_depth(ins.op, d);
                max = max.max(td);
                work.push((t, td));
            }
            d += fallthrough_effect(ins.op, ins.arg);
            if d < 0 {
                return Err(internal(&format!("stack underflow at instruction {i}")));
            }
            max = max.max(d);
            if is_terminator(ins.op) {
                break;
            }
            i += 1;
        }
    }
    Ok((depth, max))
}

/// Keep the instructions marked in `keep`, moving labels of dropped ones
/// to the next kept instruction.
fn retain(list: &mut InstrList, keep: &[bool]) {
    let n = list.instrs.len();
    let mut new_index = vec![0usize; n + 1];
    let mut kept = Vec::with_capacity(n);
    for i in 0..n {
        new_index[i] = kept.len();
        if keep[i] {
            kept.push(list.instrs[i]);
        }
    }
    new_index[n] = kept.len();
    for l in list.labels.iter_mut().flatten() {
        *l = new_index[*l];
    }
    list.instrs = kept;
}

/// Drop unreachable instructions.
fn remove_unreachable(list: &mut InstrList, reach: &[Option<i32>]) {
    let keep: Vec<bool> = reach[..list.instrs.len()]
        .iter()
        .map(Option::is_some)
        .collect();
    retain(list, &keep);
}

/// Drop `NOP`s not needed to mark a line: those whose line is the line of
/// the previous or of the next instruction (as CPython's `clean_basic_block`).
fn remove_nops(list: &mut InstrList) {
    let ins = &list.instrs;
    let mut keep = vec![true; ins.len()];
    let mut prev_line = None;
    for i in 0..ins.len() {
        let line = ins[i].line;
        if ins[i].op == Opcode::Nop {
            let next_same = ins.get(i + 1).is_some_and(|n| n.line == line);
            if prev_line == Some(line) || next_same {
                keep[i] = false;
                continue;
            }
        }
        prev_line = Some(line);
    }
    retain(list, &keep);
}

/// Code units needed to encode `arg`.
fn units_for(arg: u32) -> usize {
    match arg {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

/// Assemble: depth analysis, dead-code removal, sizing and emission.
pub fn assemble(mut list: InstrList) -> CResult<Assembled> {
    let (reach, max) = stack_depths(&list)?;
    remove_unreachable(&mut list, &reach);
    remove_nops(&mut list);
    let n = list.instrs.len();
    let mut targets = vec![0usize; n];
    for (i, ins) in list.instrs.iter().enumerate() {
        if ins.op.is_jump() {
            targets[i] = list.target(ins.arg)?;
        }
    }
    let mut sizes: Vec<usize> = list
        .instrs
        .iter()
        .map(|ins| {
            if ins.op.is_jump() {
                1
            } else {
                units_for(ins.arg)
            }
        })
        .collect();
    let mut offsets = vec![0usize; n + 1];
    loop {
        for i in 0..n {
            offsets[i + 1] = offsets[i] + sizes[i];
        }
        let mut changed = false;
        for i in 0..n {
            if list.instrs[i].op.is_jump() {
                let need = units_for(offsets[targets[i]] as u32);
                if need > sizes[i] {
                    sizes[i] = need;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut code = Vec::with_capacity(offsets[n]);
    let mut linetable: Vec<(u32, u32)> = Vec::new();
    let mut positions: Vec<(u32, Position)> = Vec::new();
    for i in 0..n {
        let ins = list.instrs[i];
        let (op, arg) = if ins.op.is_jump() {
            let op = match ins.op {
                Opcode::Jump | Opcode::JumpBackward if targets[i] <= i => Opcode::JumpBackward,
                Opcode::Jump | Opcode::JumpBackward => Opcode::Jump,
                other => other,
            };
            (op, offsets[targets[i]] as u32)
        } else {
            (ins.op, ins.arg)
        };
        if linetable.last().map(|&(_, l)| l) != Some(ins.line) {
            linetable.push((code.len() as u32, ins.line));
        }
        let pos = Position::new(ins.line, ins.span);
        if positions.last().map(|&(_, p)| p) != Some(pos) {
            positions.push((code.len() as u32, pos));
        }
        for k in (1..sizes[i]).rev() {
            let byte = (arg >> (8 * k)) as u8;
            code.push(CodeUnit {
                op: Opcode::ExtendedArg,
                arg: byte,
            });
        }
        code.push(CodeUnit { op, arg: arg as u8 });
    }
    Ok(Assembled {
        code,
        linetable,
        positions,
        stacksize: max.max(0) as u32,
    })
}
