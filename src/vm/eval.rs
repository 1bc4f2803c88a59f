//! The dispatch loop: one `match` over the opcode, read top to bottom.
//!
//! Fast paths (small-int arithmetic and comparison, bool jumps, range and
//! list iteration) are inline; everything else calls into `ops/` or
//! `call.rs`. Safe points, where the eval breaker is checked (brc merges,
//! GIL hand-off, finalizers, later stop-the-world), are backward jumps and
//! calls, and the points after which a dropped object's finalizer must
//! have run to match CPython (`vm::finalize`: stores, deletes, returns,
//! native calls, a `POP_TOP` or `STORE_FAST` whose drop freed something).
//!
//! Errors leave the loop through `tri!`, which hands the exception to
//! `unwind`: it finds the innermost handler block in the current frame or
//! pops frames (adding traceback entries) until one has a handler or the
//! entry frame is gone.

use crate::bytecode::code::PyCode;
use crate::bytecode::opcode::Opcode;
use crate::object::pyref::{Py, PyRef};
use crate::object::value::Value;
use crate::objects::cell::PyCell;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_error, ExcKind, PyErr, PyResult};
use crate::objects::list::PyList;
use crate::objects::str::PyStr;
use crate::objects::tuple::{new_tuple, PyTuple};
use crate::runtime::sync::Ordering;
use crate::vm::frame::{Block, BlockKind};
use crate::vm::state::Vm;

/// How a frame run by `run_frame` ended.
pub enum FrameExit {
    Return(Value),
    /// A generator frame suspended (its state is saved in the generator).
    Yield(Value),
}

impl Vm {
    /// LOAD_GLOBAL: the frame's globals, then its builtins, through the
    /// thread's read cache.
    #[inline(always)]
    fn load_global(&mut self, fi: usize, name: &Py<PyStr>) -> PyResult<Value> {
        let globals = self.frames[fi].globals.clone();
        if let Some(v) = self.dict_get_str_cached(&globals, name) {
            return Ok(v);
        }
        let builtins = self.frames[fi].builtins.clone();
        self.dict_get_str_cached(&builtins, name)
            .ok_or_else(|| crate::objects::exception::name_error(name.as_str()))
    }

    /// BINARY_OP with the machine-int fast path inline.
    #[inline(always)]
    fn binary_op_fast(&mut self, op: u32, a: Value, b: Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
            if let Some(r) = crate::vm::ops::arith::small_int_op((op % 13) as u8, *x, *y) {
                return Ok(r);
            }
        }
        self.binary_op(op, a, b)
    }

    /// Local `arg` of the running frame, borrowed: a bitwise copy that is
    /// never dropped, so it costs no reference count.
    #[inline(always)]
    fn borrow_local(
        &self,
        code: &PyCode,
        base: usize,
        arg: u32,
    ) -> PyResult<std::mem::ManuallyDrop<Value>> {
        let slot = &self.stack[base + arg as usize];
        if slot.is_null() {
            return Err(self.unbound_local(&code.varnames[arg as usize]));
        }
        // SAFETY: the frame's slot keeps its strong reference for as long as
        // the current instruction runs: only this frame's own STORE_FAST /
        // DELETE_FAST rebind it, and Python code called meanwhile cannot
        // reach another frame's fast locals. The copy may outlive a
        // reallocation of `Vm::stack` (it holds the object, not the slot).
        Ok(std::mem::ManuallyDrop::new(unsafe { std::ptr::read(slot) }))
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, v: Value) {
        if self.stack.len() == self.stack.capacity() {
            self.stack.reserve(1);
        }
        let len = self.stack.len();
        // SAFETY: `len < capacity`, so the slot past the end is writable;
        // it becomes part of the stack right after.
        unsafe {
            v.write_split(self.stack.as_mut_ptr().add(len));
            self.stack.set_len(len + 1);
        }
    }

    #[inline(always)]
    pub(crate) fn pop(&mut self) -> Value {
        match self.stack.len().checked_sub(1) {
            Some(top) => {
                // SAFETY: `top < len`: the slot holds an initialised Value,
                // which `set_len` hands over to us (read exactly once).
                unsafe {
                    self.stack.set_len(top);
                    Value::read_split(self.stack.as_ptr().add(top))
                }
            }
            None => Value::Null,
        }
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    /// Run the frame on top of the frame stack (pushed by the caller with
    /// `entry: true`) until it returns or yields. On error the frame is gone.
    pub fn run_frame(&mut self) -> PyResult<FrameExit> {
        if let Err(e) = self.check_native_stack() {
            self.pop_frame();
            return Err(e);
        }
        'frames: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code.clone();
            let base = self.frames[fi].base;
            let mut ip = self.frames[fi].ip;
            let err: PyErr = 'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => {
                                self.frames[fi].last_ip = ip - 1;
                                break 'dispatch e;
                            }
                        }
                    };
                }
                macro_rules! save_ip {
                    () => {
                        self.frames[fi].ip = ip;
                        self.frames[fi].last_ip = ip - 1;
                    };
                }
                // A safe point after an instruction that may have dropped
                // the last reference to an object (`vm::finalize`).
                macro_rules! finalize_point {
                    () => {
                        if self.thread.eval_breaker.load(Ordering::Relaxed) != 0 {
                            save_ip!();
                            self.handle_eval_breaker();
                        }
                    };
                }
                // Drop a value; a safe point only if that freed something,
                // so the fast path costs nothing more than the drop.
                macro_rules! release {
                    ($v:expr) => {
                        if let Value::Obj(o) = $v {
                            if o.release_freed() {
                                finalize_point!();
                            }
                        }
                    };
                }
                let mut unit = code.code[ip];
                ip += 1;
                let mut arg = unit.arg as u32;
                while unit.op == Opcode::ExtendedArg {
                    unit = code.code[ip];
                    ip += 1;
                    arg = (arg << 8) | unit.arg as u32;
                }
                match unit.op {
                    Opcode::ExtendedArg | Opcode::Nop => {}
                    Opcode::PopTop => {
                        let v = self.pop();
                        release!(v);
                    }
                    Opcode::PushNull => self.push(Value::Null),
                    Opcode::Copy => {
                        let v = self.stack[self.stack.len() - arg as usize].clone();
                        self.push(v);
                    }
                    Opcode::Swap => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg as usize);
                    }
                    Opcode::LoadConst => {
                        let v = code.consts[arg as usize].clone();
                        self.push(v);
                    }
                    Opcode::LoadFast => {
                        let v = self.stack[base + arg as usize].clone();
                        if v.is_null() {
                            tri!(Err(self.unbound_local(&code.varnames[arg as usize])));
                        }
                        self.push(v);
                    }
                    // Superinstructions step `ip` past a unit before running
                    // the part that may fail, so errors record the failing
                    // half (tracebacks show its columns).
                    Opcode::LoadFastAttr => {
                        let obj = tri!(self.borrow_local(&code, base, arg));
                        let namei = code.code[ip].arg as usize;
                        ip += 1;
                        let v = tri!(self.load_attr_site(&code, namei, &obj));
                        self.push(v);
                    }
                    Opcode::LoadFastStoreAttr => {
                        let obj = tri!(self.borrow_local(&code, base, arg));
                        let namei = code.code[ip].arg as usize;
                        ip += 1;
                        let v = self.pop();
                        tri!(self.store_attr_site(&code, namei, &obj, v));
                        finalize_point!();
                    }
                    Opcode::LoadFastLoadFast => {
                        let v = tri!(self.borrow_local(&code, base, arg));
                        self.push(Value::clone(&v));
                        let second = code.code[ip].arg as u32;
                        ip += 1;
                        let v = tri!(self.borrow_local(&code, base, second));
                        self.push(Value::clone(&v));
                    }
                    Opcode::LoadFastLoadConst => {
                        let v = tri!(self.borrow_local(&code, base, arg));
                        let c = code.code[ip].arg as usize;
                        ip += 1;
                        self.push(Value::clone(&v));
                        self.push(code.consts[c].clone());
                    }
                    Opcode::StoreFastLoadFast => {
                        let second = code.code[ip].arg as u32;
                        ip += 1;
                        let v = self.pop();
                        let old = std::mem::replace(&mut self.stack[base + arg as usize], v);
                        let v = tri!(self.borrow_local(&code, base, second));
                        self.push(Value::clone(&v));
                        release!(old);
                    }
                    Opcode::CompareJumpIfFalse | Opcode::CompareJumpIfTrue => {
                        let target = code.code[ip].arg as usize;
                        let b = self.pop();
                        let a = self.pop();
                        let t = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                ip += 1;
                                crate::vm::ops::compare::cmp_op(arg, *x, *y)
                            }
                            _ => {
                                let r = tri!(self.rich_compare(&a, &b, arg));
                                ip += 1;
                                match r {
                                    Value::Bool(t) => t,
                                    _ => tri!(self.truthy(&r)),
                                }
                            }
                        };
                        if t == (unit.op == Opcode::CompareJumpIfTrue) {
                            ip = target;
                        }
                    }
                    Opcode::StoreFast => {
                        let v = self.pop();
                        let old = std::mem::replace(&mut self.stack[base + arg as usize], v);
                        release!(old);
                    }
                    Opcode::DeleteFast => {
                        let old = std::mem::take(&mut self.stack[base + arg as usize]);
                        if old.is_null() {
                            tri!(Err(self.unbound_local(&code.varnames[arg as usize])));
                        }
                        release!(old);
                    }
                    Opcode::LoadDeref | Opcode::LoadClassDeref => {
                        let slot = base + code.nlocals() + arg as usize;
                        if unit.op == Opcode::LoadClassDeref {
                            let name = self.deref_name(&code, arg);
                            let locals = self.frames[fi].locals.clone();
                            if let Some(v) = locals.and_then(|l| l.get_str(&name)) {
                                self.push(v);
                                continue;
                            }
                        }
                        let v = match self.stack[slot].downcast::<PyCell>() {
                            Some(c) => c.get(),
                            None => Value::Null,
                        };
                        if v.is_null() {
                            tri!(Err(self.unbound_deref(&code, arg)));
                        }
                        self.push(v);
                    }
                    Opcode::StoreDeref => {
                        let v = self.pop();
                        if let Some(c) =
                            self.stack[base + code.nlocals() + arg as usize].downcast::<PyCell>()
                        {
                            c.set(v);
                        }
                        finalize_point!();
                    }
                    Opcode::DeleteDeref => {
                        let slot = base + code.nlocals() + arg as usize;
                        let cell = self.stack[slot].clone();
                        if let Some(c) = cell.downcast::<PyCell>() {
                            if c.get().is_null() {
                                tri!(Err(self.unbound_deref(&code, arg)));
                            }
                            c.set(Value::Null);
                        }
                        finalize_point!();
                    }
                    Opcode::LoadClosure => {
                        let v = self.stack[base + code.nlocals() + arg as usize].clone();
                        self.push(v);
                    }
                    Opcode::LoadGlobal => {
                        let v = tri!(self.load_global(fi, &code.names[arg as usize]));
                        self.push(v);
                    }
                    Opcode::LoadGlobalPushNull => {
                        let v = tri!(self.load_global(fi, &code.names[arg as usize]));
                        ip += 1;
                        self.push(v);
                        self.push(Value::Null);
                    }
                    Opcode::StoreGlobal => {
                        let v = self.pop();
                        let globals = self.frames[fi].globals.clone();
                        globals.set_str(&code.names[arg as usize], v);
                        self.forget_cached_read(&globals, &code.names[arg as usize]);
                        finalize_point!();
                    }
                    Opcode::DeleteGlobal => {
                        let name = &code.names[arg as usize];
                        let globals = self.frames[fi].globals.clone();
                        let old = globals.del_str(name);
                        self.forget_cached_read(&globals, name);
                        if old.is_none() {
                            tri!(Err(crate::objects::exception::name_error(name.as_str())));
                        }
                        drop(old);
                        finalize_point!();
                    }
                    Opcode::LoadName => {
                        save_ip!();
                        let v = tri!(self.load_name(fi, &code.names[arg as usize]));
                        self.push(v);
                    }
                    Opcode::StoreName => {
                        let v = self.pop();
                        save_ip!();
                        tri!(self.store_name(fi, &code.names[arg as usize], v));
                        finalize_point!();
                    }
                    Opcode::DeleteName => {
                        save_ip!();
                        tri!(self.delete_name(fi, &code.names[arg as usize]));
                        finalize_point!();
                    }
                    Opcode::LoadAttr => {
                        let obj = self.pop();
                        save_ip!();
                        let v = tri!(self.load_attr_site(&code, arg as usize, &obj));
                        self.push(v);
                    }
                    Opcode::StoreAttr => {
                        let obj = self.pop();
                        let v = self.pop();
                        save_ip!();
                        tri!(self.store_attr_site(&code, arg as usize, &obj, v));
                        drop(obj);
                        finalize_point!();
                    }
                    Opcode::DeleteAttr => {
                        let obj = self.pop();
                        save_ip!();
                        tri!(self.del_attr(&obj, &code.names[arg as usize]));
                        drop(obj);
                        finalize_point!();
                    }
                    Opcode::LoadMethod => {
                        let obj = self.pop();
                        save_ip!();
                        let (m, s) = tri!(self.load_method_site(&code, arg as usize, obj));
                        self.push(m);
                        self.push(s);
                    }
                    Opcode::BinarySubscr => {
                        let key = self.pop();
                        let cont = self.pop();
                        let v = tri!(self.subscr(&cont, &key));
                        self.push(v);
                    }
                    Opcode::StoreSubscr => {
                        let key = self.pop();
                        let cont = self.pop();
                        let v = self.pop();
                        save_ip!();
                        tri!(self.set_item(&cont, key, v));
                        drop(cont);
                        finalize_point!();
                    }
                    Opcode::DeleteSubscr => {
                        let key = self.pop();
                        let cont = self.pop();
                        save_ip!();
                        tri!(self.del_item(&cont, &key));
                        drop((cont, key));
                        finalize_point!();
                    }
                    Opcode::BinaryOp => {
                        let b = self.pop();
                        let a = self.pop();
                        let v = tri!(self.binary_op_fast(arg, a, b));
                        self.push(v);
                    }
                    Opcode::BinaryOpStoreFast => {
                        let b = self.pop();
                        let a = self.pop();
                        let v = tri!(self.binary_op_fast(arg, a, b));
                        let slot = base + code.code[ip].arg as usize;
                        ip += 1;
                        let old = std::mem::replace(&mut self.stack[slot], v);
                        release!(old);
                    }
                    Opcode::LoadFastConstBinaryOp => {
                        let a = tri!(self.borrow_local(&code, base, arg));
                        let (c, op) = (code.code[ip].arg as usize, code.code[ip + 1].arg as u32);
                        ip += 2;
                        let v =
                            tri!(self.binary_op_fast(op, Value::clone(&a), code.consts[c].clone()));
                        self.push(v);
                    }
                    Opcode::LoadConstBinaryOp => {
                        let op = code.code[ip].arg as u32;
                        ip += 1;
                        let a = self.pop();
                        let v = tri!(self.binary_op_fast(op, a, code.consts[arg as usize].clone()));
                        self.push(v);
                    }
                    Opcode::UnaryOp => {
                        let v = self.pop();
                        save_ip!();
                        let r = tri!(self.unary_op(arg, v));
                        self.push(r);
                    }
                    Opcode::CompareOp => {
                        let b = self.pop();
                        let a = self.pop();
                        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                            self.push(Value::Bool(crate::vm::ops::compare::cmp_op(arg, *x, *y)));
                            continue;
                        }
                        save_ip!();
                        let v = tri!(self.rich_compare(&a, &b, arg));
                        self.push(v);
                    }
                    Opcode::IsOp => {
                        let b = self.pop();
                        let a = self.pop();
                        self.push(Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Opcode::ContainsOp => {
                        let cont = self.pop();
                        let item = self.pop();
                        save_ip!();
                        let r = tri!(self.contains(&cont, &item));
                        self.push(Value::Bool(r != (arg == 1)));
                    }
                    Opcode::BuildTuple => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        self.push(new_tuple(items).into_value());
                    }
                    Opcode::BuildList => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        self.push(crate::objects::list::list_value(items));
                    }
                    Opcode::BuildSet => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        save_ip!();
                        let s = tri!(crate::objects::set::set_from_values(self, items, false));
                        self.push(s);
                    }
                    Opcode::BuildMap => {
                        let items = self.stack.split_off(self.stack.len() - 2 * arg as usize);
                        let d = PyDict::new_ref();
                        let mut it = items.into_iter();
                        save_ip!();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(self.dict_set(&d, k, v));
                        }
                        self.push(d.into_value());
                    }
                    Opcode::BuildString => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        let mut s = String::new();
                        for v in &items {
                            if let Some(p) = v.downcast::<PyStr>() {
                                s.push_str(p.as_str());
                            }
                        }
                        self.push(crate::objects::str::str_value(s));
                    }
                    Opcode::BuildSlice => {
                        let step = if arg == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        self.push(crate::objects::slice::new_slice(start, stop, step));
                    }
                    Opcode::ListAppend => {
                        let v = self.pop();
                        if let Some(l) =
                            self.stack[self.stack.len() - arg as usize].downcast::<PyList>()
                        {
                            l.append(v);
                        }
                    }
                    Opcode::SetAdd => {
                        let v = self.pop();
                        let s = self.stack[self.stack.len() - arg as usize].clone();
                        save_ip!();
                        tri!(crate::objects::set::set_add(self, &s, v));
                    }
                    Opcode::MapAdd => {
                        let v = self.pop();
                        let k = self.pop();
                        let d = self.stack[self.stack.len() - arg as usize].clone();
                        save_ip!();
                        if let Some(d) = d.downcast::<PyDict>() {
                            tri!(self.dict_set(d, k, v));
                        }
                    }
                    Opcode::ListExtend => {
                        let it = self.pop();
                        save_ip!();
                        let items = tri!(self.to_vec_or(&it, |t| format!(
                            "Value after * must be an iterable, not {t}"
                        )));
                        if let Some(l) =
                            self.stack[self.stack.len() - arg as usize].downcast::<PyList>()
                        {
                            l.with_items(|v| v.extend(items));
                        }
                    }
                    Opcode::SetUpdate => {
                        let it = self.pop();
                        let s = self.stack[self.stack.len() - arg as usize].clone();
                        save_ip!();
                        for v in tri!(self.to_vec(&it)) {
                            tri!(crate::objects::set::set_add(self, &s, v));
                        }
                    }
                    Opcode::DictUpdate | Opcode::DictMerge => {
                        let other = self.pop();
                        let d = self.stack[self.stack.len() - arg as usize].clone();
                        save_ip!();
                        let merge = unit.op == Opcode::DictMerge;
                        let callable = if merge {
                            self.stack
                                .get(self.stack.len().wrapping_sub(arg as usize + 3))
                                .cloned()
                        } else {
                            None
                        };
                        if !merge {
                            tri!(self.check_mapping(&other));
                        }
                        tri!(self.dict_update_from(&d, &other, merge, callable.as_ref()));
                    }
                    Opcode::ListToTuple => {
                        let l = self.pop();
                        let items = l
                            .downcast::<PyList>()
                            .map(|l| l.snapshot())
                            .unwrap_or_default();
                        self.push(new_tuple(items).into_value());
                    }
                    Opcode::FormatValue => {
                        let spec = if arg & 4 != 0 { Some(self.pop()) } else { None };
                        let v = self.pop();
                        save_ip!();
                        let s = tri!(self.format_value(v, arg & 3, spec));
                        self.push(s);
                    }
                    Opcode::UnpackSequence => {
                        let seq = self.pop();
                        save_ip!();
                        tri!(self.unpack_sequence(seq, arg as usize));
                    }
                    Opcode::UnpackEx => {
                        let seq = self.pop();
                        save_ip!();
                        tri!(self.unpack_ex(seq, (arg & 0xff) as usize, (arg >> 8) as usize));
                    }
                    Opcode::GetIter => {
                        let v = self.pop();
                        save_ip!();
                        let it = tri!(self.iter(&v));
                        self.push(it);
                    }
                    Opcode::ForIter | Opcode::ForIterStoreFast => {
                        // SAFETY: the iterator stays on this frame's stack,
                        // which only this frame's instructions pop (an empty
                        // stack yields the static Null, which owns nothing).
                        let it = std::mem::ManuallyDrop::new(unsafe { std::ptr::read(self.top()) });
                        match tri!(self.iter_next_fast(&it)) {
                            Some(v) if unit.op == Opcode::ForIterStoreFast => {
                                let slot = base + code.code[ip].arg as usize;
                                ip += 1;
                                let old = std::mem::replace(&mut self.stack[slot], v);
                                release!(old);
                            }
                            Some(v) => self.push(v),
                            None => {
                                self.pop();
                                ip = arg as usize;
                            }
                        }
                    }
                    Opcode::Jump => ip = arg as usize,
                    Opcode::JumpBackward => {
                        #[cfg(feature = "fuzzing")]
                        tri!(crate::vm::budget::spend());
                        ip = arg as usize;
                        if self.thread.eval_breaker.load(Ordering::Relaxed) != 0 {
                            save_ip!();
                            self.handle_eval_breaker();
                        }
                    }
                    Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                        let v = self.pop();
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => {
                                save_ip!();
                                tri!(self.truthy(&v))
                            }
                        };
                        if t == (unit.op == Opcode::PopJumpIfTrue) {
                            ip = arg as usize;
                        }
                    }
                    Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                        let v = self.top().clone();
                        save_ip!();
                        let t = tri!(self.truthy(&v));
                        if t == (unit.op == Opcode::JumpIfTrueOrPop) {
                            ip = arg as usize;
                        } else {
                            self.pop();
                        }
                    }
                    Opcode::Call | Opcode::CallKw | Opcode::CallFunctionEx => {
                        save_ip!();
                        if self.thread.eval_breaker.load(Ordering::Relaxed) != 0 {
                            self.handle_eval_breaker();
                        }
                        let pushed = match unit.op {
                            Opcode::Call => tri!(self.call_from_stack(arg as usize, None)),
                            Opcode::CallKw => {
                                let kwnames = self.pop();
                                tri!(self.call_from_stack(arg as usize, Some(kwnames)))
                            }
                            _ => tri!(self.call_function_ex(arg == 1)),
                        };
                        if pushed {
                            continue 'frames;
                        }
                        finalize_point!();
                    }
                    Opcode::MakeFunction => {
                        save_ip!();
                        let f = tri!(self.make_function(fi, arg));
                        self.push(f);
                    }
                    Opcode::ReturnValue => {
                        let v = self.pop();
                        let f = self.pop_frame();
                        if f.entry {
                            return Ok(FrameExit::Return(v));
                        }
                        drop(f);
                        self.push(v);
                        // The callee's locals are gone: a safe point in the
                        // caller, whose ip CALL saved.
                        if self.thread.eval_breaker.load(Ordering::Relaxed) != 0 {
                            self.handle_eval_breaker();
                        }
                        continue 'frames;
                    }
                    Opcode::ReturnGenerator => {
                        self.frames[fi].ip = ip;
                        let gen = crate::vm::generator::make_generator(self);
                        let f = self.pop_frame();
                        if f.entry {
                            return Ok(FrameExit::Return(gen));
                        }
                        self.push(gen);
                        continue 'frames;
                    }
                    Opcode::YieldValue => {
                        let v = self.pop();
                        self.frames[fi].ip = ip;
                        return Ok(FrameExit::Yield(v));
                    }
                    Opcode::GetYieldFromIter => {
                        let v = self.pop();
                        save_ip!();
                        let it = if v.payload_is::<crate::vm::generator::PyGenerator>() {
                            v
                        } else {
                            tri!(self.yield_from_iter(v, code.flags))
                        };
                        self.push(it);
                    }
                    Opcode::Send => {
                        let v = self.pop();
                        let sub = self.top().clone();
                        save_ip!();
                        match tri!(self.send_to(&sub, v)) {
                            FrameExit::Yield(y) => self.push(y),
                            FrameExit::Return(r) => {
                                self.pop();
                                self.push(r);
                                ip = arg as usize;
                            }
                        }
                    }
                    Opcode::LoadBuildClass => {
                        let b = self.frames[fi]
                            .builtins
                            .get_str(&crate::objects::str::intern("__build_class__"));
                        match b {
                            Some(b) => self.push(b),
                            None => tri!(Err(new_error(
                                ExcKind::NameError,
                                "__build_class__ not found"
                            ))),
                        }
                    }
                    Opcode::ImportName => {
                        let fromlist = self.pop();
                        let level = self.pop();
                        save_ip!();
                        let m = tri!(self.import_name(
                            fi,
                            &code.names[arg as usize],
                            &fromlist,
                            &level
                        ));
                        self.push(m);
                    }
                    Opcode::ImportFrom => {
                        let m = self.top().clone();
                        save_ip!();
                        let v = tri!(self.import_from(&m, &code.names[arg as usize]));
                        self.push(v);
                    }
                    Opcode::ImportStar => {
                        let m = self.pop();
                        save_ip!();
                        tri!(self.import_star(fi, &m));
                    }
                    Opcode::RaiseVarargs => {
                        save_ip!();
                        let cause = if arg == 2 { Some(self.pop()) } else { None };
                        let exc = if arg >= 1 { Some(self.pop()) } else { None };
                        let e = self.make_raise(exc, cause);
                        tri!(Err(e));
                    }
                    Opcode::SetupFinally | Opcode::SetupCleanup | Opcode::SetupWith => {
                        let (kind, level) = match unit.op {
                            Opcode::SetupFinally => (BlockKind::Handler, self.stack.len()),
                            Opcode::SetupWith => (BlockKind::Handler, self.stack.len() - 1),
                            _ => (BlockKind::Cleanup, self.stack.len() - 1),
                        };
                        self.blocks.push(Block {
                            kind,
                            handler: arg,
                            level,
                        });
                    }
                    Opcode::PopBlock => {
                        self.blocks.pop();
                    }
                    Opcode::PopExcept => {
                        let prev = self.pop();
                        self.exc_info = prev;
                        finalize_point!();
                    }
                    Opcode::PopExceptReraise => {
                        let exc = self.pop();
                        let prev = self.pop();
                        self.exc_info = prev;
                        self.reraising = true;
                        tri!(Err(self.as_exception(exc)));
                    }
                    Opcode::Reraise => {
                        let exc = self.pop();
                        self.reraising = true;
                        tri!(Err(self.as_exception(exc)));
                    }
                    Opcode::CheckExcMatch => {
                        let ty = self.pop();
                        let exc = self.top().clone();
                        save_ip!();
                        let m = tri!(self.exception_matches(&exc, &ty));
                        self.push(Value::Bool(m));
                    }
                    Opcode::CheckEgMatch => {
                        let ty = self.pop();
                        let exc = self.pop();
                        save_ip!();
                        let (rest, matched) = tri!(self.except_star_match(exc, &ty));
                        self.push(rest);
                        self.push(matched);
                    }
                    Opcode::PrepReraiseStar => {
                        let excs = self.pop();
                        let orig = self.pop();
                        save_ip!();
                        let v = tri!(self.except_star_reraise(&orig, &excs));
                        self.push(v);
                    }
                    Opcode::BeforeWith => {
                        let mgr = self.pop();
                        save_ip!();
                        let (exit, entered) = tri!(self.before_with(mgr));
                        self.push(exit);
                        self.push(entered);
                    }
                    Opcode::WithExceptStart => {
                        let exc = self.top().clone();
                        let exit = self.stack[self.stack.len() - 3].clone();
                        save_ip!();
                        let tb = self.traceback_of(&exc);
                        let ty = exc.class().to_value();
                        let r = tri!(self.call(&exit, &[ty, exc, tb]));
                        self.push(r);
                    }
                    Opcode::GetAwaitable => {
                        let v = self.pop();
                        save_ip!();
                        let it = tri!(self.get_awaitable(v, arg));
                        self.push(it);
                    }
                    Opcode::AsyncGenWrap => {
                        let v = self.pop();
                        self.push(crate::vm::async_gen::wrap_value(v));
                    }
                    Opcode::GetAiter => {
                        let v = self.pop();
                        save_ip!();
                        let it = tri!(self.get_aiter(&v));
                        self.push(it);
                    }
                    Opcode::GetAnext => {
                        let aiter = self.top().clone();
                        save_ip!();
                        let aw = tri!(self.get_anext(&aiter));
                        self.push(aw);
                    }
                    Opcode::EndAsyncFor => {
                        let exc = self.pop();
                        self.exc_info = self.pop();
                        let stop = crate::object::typeobj::types()
                            .exceptions
                            .get(ExcKind::StopAsyncIteration);
                        if !exc.class().is_subtype(stop) {
                            self.reraising = true;
                            tri!(Err(self.as_exception(exc)));
                        }
                        self.pop();
                    }
                    Opcode::BeforeAsyncWith => {
                        let mgr = self.pop();
                        save_ip!();
                        let (exit, entered) = tri!(self.before_async_with(mgr));
                        self.push(exit);
                        self.push(entered);
                    }
                    Opcode::GetLen => {
                        save_ip!();
                        tri!(self.op_get_len())
                    }
                    Opcode::MatchMapping => self.op_match_mapping(),
                    Opcode::MatchSequence => self.op_match_sequence(),
                    Opcode::MatchKeys => {
                        save_ip!();
                        tri!(self.op_match_keys())
                    }
                    Opcode::MatchClass => {
                        save_ip!();
                        tri!(self.op_match_class(arg as usize))
                    }
                    Opcode::LoadAssertionError => {
                        self.push(
                            crate::object::typeobj::types()
                                .exceptions
                                .get(ExcKind::AssertionError)
                                .to_value(),
                        );
                    }
                    Opcode::PrintExpr => {
                        let v = self.pop();
                        save_ip!();
                        tri!(self.print_expr(v));
                    }
                    Opcode::SetupAnnotations => {
                        save_ip!();
                        tri!(self.setup_annotations(fi));
                    }
                }
            };
            // An exception is propagating out of frame `fi`.
            self.frames[fi].ip = ip;
            if let Err(e) = self.unwind(err) {
                return Err(e);
            }
            // The frames unwound dropped their locals: a safe point before
            // the handler runs.
            if self.thread.eval_breaker.load(Ordering::Relaxed) != 0 {
                self.handle_eval_breaker();
            }
        }
    }

    /// Pop the top frame, dropping its slots and blocks.
    pub(crate) fn pop_frame(&mut self) -> crate::vm::frame::Frame {
        let f = self.frames.pop().expect("a frame to pop");
        self.blocks.truncate(f.block_base);
        self.stack.truncate(f.ret_to);
        f
    }

    /// Find a handler for `err`, starting in the top frame. `Ok` means
    /// execution continues at a handler; `Err` means the entry frame was
    /// popped and the exception leaves `run_frame`.
    fn unwind(&mut self, err: PyErr) -> Result<(), PyErr> {
        let mut first = true;
        loop {
            let fi = self.frames.len() - 1;
            let reraise = first && std::mem::take(&mut self.reraising);
            if !reraise {
                self.add_traceback(&err, fi);
            }
            if first {
                self.set_context(&err);
            }
            first = false;
            let frame = &self.frames[fi];
            if self.blocks.len() > frame.block_base {
                let b = self.blocks.pop().expect("block");
                self.stack.truncate(b.level);
                if b.kind == BlockKind::Handler {
                    let prev = std::mem::replace(&mut self.exc_info, err.to_value());
                    self.stack.push(prev);
                }
                self.stack.push(err.into_value());
                self.frames[fi].ip = b.handler as usize;
                return Ok(());
            }
            // The popped frame's variables live on in its traceback entry.
            // Not the exception itself (`except E as e: raise`): that
            // would be a cycle, which nothing collects yet, and it lives
            // as long as the traceback anyway.
            let base = self.frames[fi].base.min(self.stack.len());
            let exc = err.to_value();
            let locals: Vec<Value> = self.stack.drain(base..).filter(|v| !v.is(&exc)).collect();
            crate::objects::traceback::keep_locals(&err.traceback(), locals);
            let f = self.pop_frame();
            if f.entry {
                return Err(err);
            }
        }
    }

    /// Enter the top frame's handler for `err` (a generator's `throw`).
    pub(crate) fn unwind_into(&mut self, err: PyErr) -> Result<(), PyErr> {
        self.unwind(err)
    }

    fn unbound_local(&self, name: &PyRef<PyStr>) -> PyErr {
        new_error(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name.as_str()
            ),
        )
    }

    fn deref_name(&self, code: &crate::bytecode::code::PyCode, arg: u32) -> PyRef<PyStr> {
        let i = arg as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        }
    }

    fn unbound_deref(&self, code: &crate::bytecode::code::PyCode, arg: u32) -> PyErr {
        let name = self.deref_name(code, arg);
        if (arg as usize) < code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            new_error(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name.as_str()
                ),
            )
        }
    }

    /// `for` step with fast paths for the builtin iterators.
    #[inline]
    fn iter_next_fast(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = it.downcast::<crate::objects::iter::PyRangeIter>() {
            return Ok(r.next_value());
        }
        if let Some(l) = it.downcast::<crate::objects::iter::PyListIter>() {
            return Ok(l.next_value());
        }
        self.next(it)
    }

    /// Unpack `seq` into exactly `n` values, first on top.
    fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        let items = if let Some(t) = seq.downcast::<PyTuple>() {
            t.items.to_vec()
        } else if let Some(l) = seq.downcast::<PyList>() {
            l.snapshot()
        } else {
            self.to_vec_for_unpack(&seq)?
        };
        if items.len() != n {
            let msg = if items.len() < n {
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )
            } else {
                format!("too many values to unpack (expected {n})")
            };
            return Err(crate::objects::exception::value_error(msg));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let mut items = self.to_vec_for_unpack(&seq)?;
        if items.len() < before + after {
            return Err(crate::objects::exception::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        self.stack.extend(tail.into_iter().rev());
        self.push(crate::objects::list::list_value(middle));
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }
}
