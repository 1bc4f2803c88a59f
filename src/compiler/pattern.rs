//! Code for the `match` statement (PEP 634): a port of CPython 3.11's
//! `compiler_match` and `compiler_pattern_*` (Python/compile.c).
//!
//! Scheme: the subject is evaluated once and copied for every case but the
//! last. A pattern consumes the value on top of the stack; the values it
//! captures are kept on the stack, rotated under the items still in use
//! (`PatternCtx::on_top`), and stored into their names only once the whole
//! pattern has matched, in `stores` order. A failing check jumps to
//! `fail_pop[n]`, which pops the `n` items (captures and in-use items) left
//! above the subject copy. Class, mapping and sequence checks use the
//! opcodes `MATCH_CLASS`, `MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`
//! and `GET_LEN` (src/vm/ops/pattern.rs); "is None" tests are spelled
//! `LOAD_CONST None; IS_OP 1; POP_JUMP_IF_FALSE` (CPython's code before
//! its peephole pass turns them into `POP_JUMP_IF_NONE`).
//!
//! Compile-time errors (unreachable patterns, repeated or mismatched
//! names, several stars, repeated keys or attributes) carry the location
//! of the pattern being compiled, which, as in CPython, is not restored
//! when a sub-pattern is done.

use super::assemble::Label;
use super::code_object::Const;
use super::codegen::Compiler;
use super::error::CResult;
use crate::ast::*;
use crate::bytecode::opcode::{Opcode, CMP_EQ, CMP_GE};
use std::rc::Rc;

/// CPython's `pattern_context`.
#[derive(Default)]
struct PatternCtx {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<Ident>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and fails.
    fail_pop: Vec<Label>,
    /// Items above the captures that must stay on top.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

/// What a value pattern may hold: a literal (possibly signed or complex,
/// which CPython's AST optimizer folds) or a dotted name.
fn is_value_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) | ExprKind::Attribute { .. } => true,
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => matches!(operand.kind, ExprKind::Constant(_)),
        ExprKind::BinOp {
            left,
            op: BinOp::Add | BinOp::Sub,
            right,
        } => is_value_expr(left) && matches!(right.kind, ExprKind::Constant(_)),
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (CPython's `compiler_match_inner`).
    pub(crate) fn compile_match(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult<()> {
        self.visit_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        let last = n - has_default as usize;
        for (i, m) in cases[..last].iter().enumerate() {
            self.set_loc(m.pattern.span);
            if i + 1 != last {
                self.emit(Opcode::Copy, 1);
            }
            let mut pc = PatternCtx {
                allow_irrefutable: m.guard.is_some() || i + 1 == n,
                ..PatternCtx::default()
            };
            self.pattern(&m.pattern, &mut pc)?;
            for name in &pc.stores {
                self.nameop(name, ExprContext::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(g, pc.fail_pop[0], false)?;
            }
            if i + 1 != last {
                self.emit(Opcode::PopTop, 0);
            }
            self.visit_body(&m.body)?;
            self.emit_jump(Opcode::Jump, end);
            self.set_loc(m.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            self.set_loc(m.pattern.span);
            self.emit(if n == 1 { Opcode::PopTop } else { Opcode::Nop }, 0);
            if let Some(g) = &m.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_body(&m.body)?;
        }
        self.bind(end);
        Ok(())
    }

    // ----- fail_pop blocks and captures -----

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jump (with `op`) to the block popping everything this pattern left.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Opcode::PopTop, 0);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// CPython 3.10's `ROT_N` as SWAPs.
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::Swap, count as u32);
            count -= 1;
        }
    }

    /// Keep the value on top as a capture of `name` (`None`: drop it).
    fn store_name(&mut self, name: Option<&Ident>, pc: &mut PatternCtx) -> CResult<()> {
        let Some(n) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        self.check_forbidden(n, ExprContext::Store)?;
        if pc.stores.contains(n) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern")));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.clone());
        Ok(())
    }

    // ----- patterns -----

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        self.set_loc(p.span);
        match &p.kind {
            PatternKind::MatchValue(v) => self.pattern_value(v, pc),
            PatternKind::MatchSingleton(c) => {
                self.visit_expr_const(c);
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(ps) => self.pattern_sequence(ps, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_ref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.store_name(name.as_ref(), pc),
            PatternKind::MatchAs { pattern, name } => {
                self.pattern_as(pattern.as_deref(), name.as_ref(), pc)
            }
            PatternKind::MatchOr(alts) => self.pattern_or(alts, pc),
        }
    }

    /// A sub-pattern: irrefutable patterns are fine there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn visit_expr_const(&mut self, c: &Constant) {
        let k = match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            _ => Const::Ellipsis,
        };
        self.load_const(k);
    }

    fn pattern_value(&mut self, v: &'a Expr, pc: &mut PatternCtx) -> CResult<()> {
        if !is_value_expr(v) {
            return Err(self.error("patterns may only match literals and attribute lookups"));
        }
        let loc = self.set_loc(v.span);
        self.visit_expr(v)?;
        self.set_loc(loc);
        self.emit(Opcode::CompareOp, CMP_EQ);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        Ok(())
    }

    fn pattern_as(
        &mut self,
        sub: Option<&'a Pattern>,
        name: Option<&Ident>,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let Some(sub) = sub else {
            if !pc.allow_irrefutable {
                return Err(match name {
                    Some(n) => self.error(format!(
                        "name capture '{n}' makes remaining patterns unreachable"
                    )),
                    None => self.error("wildcard makes remaining patterns unreachable"),
                });
            }
            return self.store_name(name, pc);
        };
        pc.on_top += 1;
        self.emit(Opcode::Copy, 1);
        self.pattern(sub, pc)?;
        pc.on_top -= 1;
        self.store_name(name, pc)
    }

    /// `is None` test of the top item (kept), failing when it is None.
    fn fail_if_none(&mut self, pc: &mut PatternCtx) {
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
    }

    /// `GET_LEN; LOAD_CONST n; COMPARE_OP cmp` and fail when false.
    fn check_len(&mut self, n: usize, cmp: u32, pc: &mut PatternCtx) {
        self.emit(Opcode::GetLen, 0);
        self.load_const(Const::Int(Rc::from(n.to_string())));
        self.emit(Opcode::CompareOp, cmp);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
    }
}

// ----- sequence, mapping, class and or-patterns -----

impl<'a> Compiler<'a> {
    fn pattern_sequence(&mut self, ps: &'a [Pattern], pc: &mut PatternCtx) -> CResult<()> {
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in ps.iter().enumerate() {
            if matches!(p.kind, PatternKind::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Opcode::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        match star {
            None => self.check_len(ps.len(), CMP_EQ, pc),
            Some(_) if ps.len() > 1 => self.check_len(ps.len() - 1, CMP_GE, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::PopTop, 0);
            Ok(())
        } else if let (true, Some(s)) = (star_wildcard, star) {
            self.sequence_subscr(ps, s, pc)
        } else {
            self.sequence_unpack(ps, star, pc)
        }
    }

    fn sequence_unpack(
        &mut self,
        ps: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let n = ps.len();
        match star {
            Some(i) => {
                if i >= 256 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking sequence pattern")
                    );
                }
                self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
            }
            None => self.emit(Opcode::UnpackSequence, n as u32),
        }
        pc.on_top += n;
        for p in ps {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: index the subject instead of unpacking it.
    fn sequence_subscr(
        &mut self,
        ps: &'a [Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        pc.on_top += 1;
        let n = ps.len();
        for (i, p) in ps.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Opcode::Copy, 1);
            if i < star {
                self.load_const(Const::Int(Rc::from(i.to_string())));
            } else {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Const::Int(Rc::from((n - i).to_string())));
                self.emit(Opcode::BinaryOp, BinOp::Sub as u32);
            }
            self.emit(Opcode::BinarySubscr, 0);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        ps: &'a [Pattern],
        rest: Option<&Ident>,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = keys.len();
        if size != ps.len() {
            return Err(self.error(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                ps.len()
            )));
        }
        pc.on_top += 1;
        self.emit(Opcode::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.check_len(size, CMP_GE, pc);
        }
        self.mapping_keys(keys)?;
        self.emit(Opcode::BuildTuple, size as u32);
        self.emit(Opcode::MatchKeys, 0);
        pc.on_top += 2;
        self.fail_if_none(pc);
        self.emit(Opcode::UnpackSequence, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for p in ps {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => self.mapping_rest(size, name, pc),
            None => {
                self.emit(Opcode::PopTop, 0);
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
        }
    }

    /// Pushes the keys, rejecting repeated literal keys.
    fn mapping_keys(&mut self, keys: &'a [Expr]) -> CResult<()> {
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            if let ExprKind::Constant(c) = &k.kind {
                let (id, shown) = constant_key(c);
                if seen.contains(&id) {
                    return Err(
                        self.error(format!("mapping pattern checks duplicate key ({shown})"))
                    );
                }
                seen.push(id);
            } else if !is_value_expr(k) {
                return Err(self
                    .error("mapping pattern keys may only match literals and attribute lookups"));
            }
            let loc = self.set_loc(k.span);
            self.visit_expr(k)?;
            self.set_loc(loc);
        }
        Ok(())
    }

    /// `**rest`: a copy of the subject without the matched keys.
    fn mapping_rest(&mut self, size: usize, name: &Ident, pc: &mut PatternCtx) -> CResult<()> {
        self.emit(Opcode::BuildMap, 0);
        self.emit(Opcode::Swap, 3);
        self.emit(Opcode::DictUpdate, 2);
        self.emit(Opcode::UnpackSequence, size as u32);
        for left in (1..=size).rev() {
            self.emit(Opcode::Copy, 1 + left as u32);
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::DeleteSubscr, 0);
        }
        self.store_name(Some(name), pc)
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        ps: &'a [Pattern],
        attrs: &'a [Ident],
        kps: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        if attrs.len() != kps.len() {
            return Err(self.error(format!(
                "kwd_attrs ({}) / kwd_patterns ({}) length mismatch in class pattern",
                attrs.len(),
                kps.len()
            )));
        }
        self.validate_kwd_attrs(attrs, kps)?;
        let loc = self.set_loc(cls.span);
        self.visit_expr(cls)?;
        self.set_loc(loc);
        let names = attrs.iter().map(|a| Const::Str(Rc::from(&**a))).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Opcode::MatchClass, ps.len() as u32);
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        let total = ps.len() + kps.len();
        self.emit(Opcode::UnpackSequence, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        for p in ps.iter().chain(kps) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Opcode::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn validate_kwd_attrs(&mut self, attrs: &[Ident], kps: &[Pattern]) -> CResult<()> {
        for (i, a) in attrs.iter().enumerate() {
            self.set_loc(kps[i].span);
            self.check_forbidden(a, ExprContext::Store)?;
            if let Some(j) = (i + 1..attrs.len()).find(|&j| attrs[j] == *a) {
                self.set_loc(kps[j].span);
                return Err(self.error(format!("attribute name repeated in class pattern: {a}")));
            }
        }
        Ok(())
    }
}

// ----- or-patterns -----

impl<'a> Compiler<'a> {
    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let size = alts.len();
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<Ident>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.span);
            let mut sub = PatternCtx {
                allow_irrefutable: i + 1 == size && old_allow,
                ..PatternCtx::default()
            };
            self.emit(Opcode::Copy, 1);
            self.pattern(alt, &mut sub)?;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(ctl) => self.align_stores(ctl, &mut sub)?,
            }
            self.emit_jump(Opcode::Jump, end);
            self.emit_and_reset_fail_pop(&mut sub);
        }
        self.emit(Opcode::PopTop, 0);
        self.jump_to_fail_pop(pc, Opcode::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    /// Checks that an alternative binds the names of the first one, and
    /// reorders its captures on the stack to the first one's order.
    fn align_stores(&mut self, control: &[Ident], sub: &mut PatternCtx) -> CResult<()> {
        let diff = || "alternative patterns bind different names";
        if sub.stores.len() != control.len() {
            return Err(self.error(diff()));
        }
        for icontrol in (0..control.len()).rev() {
            let Some(istores) = sub.stores.iter().position(|n| *n == control[icontrol]) else {
                return Err(self.error(diff()));
            };
            if icontrol != istores {
                let rotations = istores + 1;
                let rotated: Vec<Ident> = sub.stores.drain(..rotations).collect();
                let at = icontrol - istores;
                sub.stores.splice(at..at, rotated);
                for _ in 0..rotations {
                    self.rotate(icontrol + 1);
                }
            }
        }
        Ok(())
    }
}

/// A literal key's identity for duplicate detection (equal numbers are
/// the same key, as in a set) and its repr for the message.
fn constant_key(c: &Constant) -> (String, String) {
    use crate::bytecode::disasm::{bytes_repr, float_repr, str_repr};
    match c {
        Constant::None => ("N".into(), "None".into()),
        Constant::Bool(b) => (
            format!("n{}", *b as u8),
            if *b { "True" } else { "False" }.into(),
        ),
        Constant::Int(s) => (format!("n{s}"), s.to_string()),
        Constant::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
            (format!("n{}", *f as i64), float_repr(*f))
        }
        Constant::Float(f) => (format!("f{}", f.to_bits()), float_repr(*f)),
        Constant::Complex(f) => (format!("j{}", f.to_bits()), format!("{}j", float_repr(*f))),
        Constant::Str(s) => (format!("s{s}"), str_repr(s)),
        Constant::Bytes(b) => (format!("b{b:?}"), bytes_repr(b)),
        Constant::Ellipsis => ("E".into(), "Ellipsis".into()),
    }
}
