//! The code generator's core: compilation units, emission helpers, name
//! resolution, and the code of blocks (module, function, lambda, class).
//!
//! A port of the unit/scope machinery of CPython 3.11's Python/compile.c
//! (`compiler_enter_scope`, `compiler_nameop`, `compiler_make_closure`,
//! `compiler_function`, `compiler_class`, `compiler_set_qualname`), adapted
//! to ferropy's instruction set (src/bytecode/opcode.rs): calls push the
//! callable then NULL, functions get their defaults/kwdefaults/annotations
//! dicts and closure tuple before `MAKE_FUNCTION`, generators begin with
//! `RETURN_GENERATOR; POP_TOP`. Statements live in stmt.rs, expressions in
//! expr.rs. Invariant: `units` is never empty while compiling; every unit
//! ends in a return, so control never falls off the end of its code.

use super::assemble::{assemble, Instr, InstrList, Label};
use super::code_object::*;
use super::error::{CResult, CompileError};
use super::symtable::{
    mangle, ScopeId, ScopeKind, SymScope, SymbolTable, DEF_FREE_CLASS, MAX_DEPTH, TOO_DEEP,
};
use super::unparse::unparse;
use crate::ast::*;
use crate::bytecode::opcode::Opcode;
use std::collections::HashMap;
use std::rc::Rc;

/// What kind of body a unit compiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// A statically known block that `return`/`break`/`continue` must unwind
/// (CPython's `fblockinfo`).
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup(Option<Ident>),
    ExceptionHandler,
    /// The handlers of `try`/`except*` (no `break`/`continue`/`return` out).
    ExceptionGroupHandler,
    PopValue,
}

/// CPython's limit on statically nested blocks.
const MAX_BLOCKS: usize = 20;

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub code: InstrList,
    consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Span,
    name: String,
    pub qualname: String,
    pub private: Option<String>,
    firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
}

pub(crate) struct Compiler<'a> {
    pub st: SymbolTable,
    filename: String,
    units: Vec<Unit<'a>>,
    /// `from __future__ import annotations`: annotations are strings.
    pub future_annotations: bool,
    /// `single` mode (CPython's `c_interactive`): expression statements of
    /// the top-level unit print their value (`PRINT_EXPR`).
    pub interactive: bool,
}

/// Index of `name` in an ordered table, adding it if absent.
fn intern(table: &mut Vec<String>, map: &mut HashMap<String, u32>, name: &str) -> u32 {
    if let Some(&i) = map.get(name) {
        return i;
    }
    table.push(name.to_string());
    map.insert(name.to_string(), table.len() as u32 - 1);
    table.len() as u32 - 1
}

pub fn compile_module(m: &Module, filename: &str, interactive: bool) -> CResult<CodeObject> {
    let future_annotations = future_features(&m.body).any(|f| f == "annotations");
    let st = SymbolTable::build_module(m, future_annotations)?;
    let mut c = Compiler::new(st, filename);
    c.future_annotations = future_annotations;
    c.interactive = interactive;
    c.check_future(&m.body)?;
    c.enter_unit(0, UnitKind::Module, "<module>", 1);
    if let Some(first) = m.body.first() {
        c.u().loc = first.span;
    }
    c.compile_body(&m.body)?;
    c.set_end_line(&m.body);
    c.load_const(Const::None);
    c.emit(Opcode::ReturnValue, 0);
    c.exit_unit()
}

pub fn compile_expression(e: &Expr, filename: &str) -> CResult<CodeObject> {
    let st = SymbolTable::build_expression(e)?;
    let mut c = Compiler::new(st, filename);
    c.enter_unit(0, UnitKind::Module, "<module>", 1);
    c.u().loc = e.span;
    c.visit_expr(e)?;
    c.emit(Opcode::ReturnValue, 0);
    c.exit_unit()
}

impl<'a> Compiler<'a> {
    fn new(st: SymbolTable, filename: &str) -> Compiler<'a> {
        Compiler {
            st,
            filename: filename.to_string(),
            units: Vec::new(),
            future_annotations: false,
            interactive: false,
        }
    }

    // ----- units -----

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no compilation unit")
    }

    /// Number of units being compiled (1: the module body itself).
    pub(crate) fn units_depth(&self) -> usize {
        self.units.len()
    }

    pub(crate) fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("no compilation unit")
    }

    pub(crate) fn scope_kind(&self) -> ScopeKind {
        self.st.scopes[self.ur().scope].kind
    }

    pub(crate) fn enter_unit(
        &mut self,
        scope: ScopeId,
        kind: UnitKind,
        name: &str,
        firstlineno: u32,
    ) {
        let ste = &self.st.scopes[scope];
        let varnames = ste.params.clone();
        let var_map = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        // Parameter cells first, in parameter order; then the others, sorted.
        let sorted_cells = ste.names_with(|s| s.scope == SymScope::Cell);
        let mut cellvars: Vec<String> = ste
            .params
            .iter()
            .filter(|p| sorted_cells.contains(p))
            .cloned()
            .collect();
        cellvars.extend(sorted_cells.into_iter().filter(|c| !ste.params.contains(c)));
        if ste.needs_class_closure {
            cellvars = vec!["__class__".to_string()];
        }
        let freevars =
            ste.names_with(|s| s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0);
        let private = self.units.last().and_then(|p| p.private.clone());
        let mut unit = Unit {
            scope,
            kind,
            code: InstrList::default(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            var_map,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            loc: Span {
                line: firstlineno,
                ..Span::default()
            },
            name: name.to_string(),
            qualname: String::new(),
            private,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
        };
        unit.qualname = self.qualname_for(&unit);
        self.units.push(unit);
        let ste = &self.st.scopes[scope];
        let gen = (ste.is_generator || ste.is_coroutine) && ste_is_function(kind);
        if gen {
            self.emit(Opcode::ReturnGenerator, 0);
            self.emit(Opcode::PopTop, 0);
        }
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, u: &Unit<'a>) -> String {
        let Some(parent) = self.units.last() else {
            return u.name.clone();
        };
        if parent.kind == UnitKind::Module {
            return u.name.clone();
        }
        if matches!(
            u.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), &u.name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == SymScope::GlobalExplicit {
                return u.name.clone();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, u.name)
            }
            _ => format!("{}.{}", parent.qualname, u.name),
        }
    }

    pub(crate) fn exit_unit(&mut self) -> CResult<CodeObject> {
        let unit = self.units.pop().expect("no compilation unit");
        let ste = &self.st.scopes[unit.scope];
        let mut flags = 0;
        match unit.kind {
            UnitKind::Module | UnitKind::Class => flags |= CO_NEWLOCALS_DICT,
            _ => {
                flags |= match (ste.is_generator, ste.is_coroutine) {
                    (true, false) => CO_GENERATOR,
                    (false, true) => CO_COROUTINE,
                    (true, true) => CO_ASYNC_GENERATOR,
                    (false, false) => 0,
                };
                if ste.has_varargs {
                    flags |= CO_VARARGS;
                }
                if ste.has_varkeywords {
                    flags |= CO_VARKEYWORDS;
                }
            }
        }
        if ste.nested && ste.kind == ScopeKind::Function {
            flags |= CO_NESTED;
        }
        let nparams = ste.params.len();
        let cell2arg = unit
            .cellvars
            .iter()
            .map(|c| {
                ste.params
                    .iter()
                    .position(|p| p == c)
                    .filter(|&i| i < nparams)
                    .map(|i| i as u32)
            })
            .collect();
        let asm = assemble(unit.code)?;
        Ok(CodeObject {
            code: asm.code,
            consts: unit.consts,
            names: unit.names,
            varnames: unit.varnames,
            cellvars: unit.cellvars,
            freevars: unit.freevars,
            cell2arg,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags,
            stacksize: asm.stacksize,
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            firstlineno: unit.firstlineno,
            linetable: asm.linetable,
            positions: asm.positions,
        })
    }

    // ----- emission -----

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let (line, span) = (u.loc.line, u.loc);
        u.code.instrs.push(Instr {
            op,
            arg,
            line,
            span,
        });
    }

    pub(crate) fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.emit(op, target.0);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.u().code.new_label()
    }

    pub(crate) fn bind(&mut self, l: Label) {
        self.u().code.bind(l)
    }

    /// Set the current location (for line numbers and errors), returning the old one.
    pub(crate) fn set_loc(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.u().loc, span)
    }

    pub(crate) fn error(&self, msg: impl Into<String>) -> CompileError {
        CompileError::at(msg, self.ur().loc)
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        let key = c.key();
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        u.consts.push(c);
        let i = u.consts.len() as u32 - 1;
        u.const_map.insert(key, i);
        i
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    pub(crate) fn load_str(&mut self, s: &str) {
        self.load_const(Const::Str(Rc::from(s)));
    }

    pub(crate) fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    /// Index in `names` of a (mangled) attribute or global name.
    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        let u = self.u();
        intern(&mut u.names, &mut u.name_map, &mangled)
    }

    /// Emit an instruction taking a `names` index (name mangled).
    pub(crate) fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.name_index(name);
        self.emit(op, i);
    }

    /// Emit an instruction taking a `names` index (name not mangled).
    pub(crate) fn emit_raw_name(&mut self, op: Opcode, name: &str) {
        let u = self.u();
        let i = intern(&mut u.names, &mut u.name_map, name);
        self.emit(op, i);
    }

    pub(crate) fn push_fblock(&mut self, b: FBlock<'a>) -> CResult<()> {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(b);
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ----- names -----

    /// CPython's `compiler_nameop`: load, store or delete a variable.
    pub(crate) fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult<()> {
        self.check_forbidden(name, ctx)?;
        let mangled = self.mangle(name);
        let ste = &self.st.scopes[self.ur().scope];
        let is_func = ste.kind == ScopeKind::Function;
        let is_class = ste.kind == ScopeKind::Class;
        let (load, store, del) = match ste.scope_of(&mangled) {
            SymScope::Free | SymScope::Cell => {
                let i = self.deref_index(&mangled)?;
                let load = if is_class {
                    Opcode::LoadClassDeref
                } else {
                    Opcode::LoadDeref
                };
                let op = pick(ctx, load, Opcode::StoreDeref, Opcode::DeleteDeref);
                self.emit(op, i);
                return Ok(());
            }
            SymScope::Local if is_func => {
                let u = self.u();
                let i = intern(&mut u.varnames, &mut u.var_map, &mangled);
                let op = pick(ctx, Opcode::LoadFast, Opcode::StoreFast, Opcode::DeleteFast);
                self.emit(op, i);
                return Ok(());
            }
            SymScope::GlobalImplicit if is_func => (
                Opcode::LoadGlobal,
                Opcode::StoreGlobal,
                Opcode::DeleteGlobal,
            ),
            SymScope::GlobalExplicit => (
                Opcode::LoadGlobal,
                Opcode::StoreGlobal,
                Opcode::DeleteGlobal,
            ),
            _ => (Opcode::LoadName, Opcode::StoreName, Opcode::DeleteName),
        };
        let op = pick(ctx, load, store, del);
        self.emit_raw_name(op, &mangled);
        Ok(())
    }

    /// `__debug__` cannot be assigned or deleted (CPython's `forbidden_name`).
    pub(crate) fn check_forbidden(&self, name: &str, ctx: ExprContext) -> CResult<()> {
        match (name, ctx) {
            ("__debug__", ExprContext::Store) => Err(self.error("cannot assign to __debug__")),
            ("__debug__", ExprContext::Del) => Err(self.error("cannot delete __debug__")),
            _ => Ok(()),
        }
    }

    /// No parameter may be named `__debug__`.
    fn check_debug_args(&self, a: &Arguments) -> CResult<()> {
        let all = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs);
        let mut all = all.chain(a.vararg.iter()).chain(a.kwarg.iter());
        if all.any(|p| &*p.name == "__debug__") {
            return Err(self.error("cannot assign to __debug__"));
        }
        Ok(())
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    fn deref_index(&self, mangled: &str) -> CResult<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| c == mangled) {
            return Ok(i as u32);
        }
        match u.freevars.iter().position(|c| c == mangled) {
            Some(i) => Ok((u.cellvars.len() + i) as u32),
            None => Err(self.error(format!("internal compiler error: no cell for '{mangled}'"))),
        }
    }

    /// `LOAD_CLOSURE` index of `name` for a nested code's closure.
    fn closure_index(&self, name: &str) -> CResult<u32> {
        let u = self.ur();
        let ste = &self.st.scopes[u.scope];
        let is_cell = (u.kind == UnitKind::Class && name == "__class__")
            || ste.scope_of(name) == SymScope::Cell;
        let found = if is_cell {
            u.cellvars.iter().position(|c| c == name)
        } else {
            u.freevars
                .iter()
                .position(|c| c == name)
                .map(|i| i + u.cellvars.len())
        };
        found.map(|i| i as u32).ok_or_else(|| {
            self.error(format!(
                "internal compiler error: no closure cell for '{name}'"
            ))
        })
    }

    /// Push the closure tuple (if any) and the code, then `MAKE_FUNCTION`.
    pub(crate) fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let i = self.closure_index(name)?;
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    // ----- bodies -----

    /// Module and class bodies: `SETUP_ANNOTATIONS`, `__doc__`, statements.
    pub(crate) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if find_ann(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        let mut rest = body;
        // `single` mode has no docstring (CPython compiles Interactive
        // bodies without compiler_body).
        let interactive_top = self.interactive && self.units_depth() == 1;
        if let Some(doc) = docstring(body).filter(|_| !interactive_top) {
            let old = self.set_loc(body[0].span);
            self.load_str(doc);
            self.nameop("__doc__", ExprContext::Store)?;
            self.set_loc(old);
            rest = &body[1..];
        }
        rest.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub(crate) fn compile_function(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult<()> {
        for d in &f.decorators {
            self.visit_expr(d)?;
            self.emit(Opcode::PushNull, 0);
        }
        let firstlineno = f.decorators.first().map_or(s.span.line, |d| d.span.line);
        self.check_debug_args(&f.args)?;
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            flags |= 4;
        }
        let scope = self.child_scope(self.st.scope_for(f))?;
        let kind = if f.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_unit(scope, kind, &f.name, firstlineno);
        self.u().loc = s.span;
        let doc = docstring(&f.body);
        self.add_const(doc.map_or(Const::None, |d| Const::Str(Rc::from(d))));
        self.set_arg_counts(&f.args);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        body.iter().try_for_each(|st| self.visit_stmt(st))?;
        self.u().loc.line = body.last().map_or(firstlineno, |l| l.span.line);
        self.load_const(Const::None);
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorators);
        self.nameop(&f.name, ExprContext::Store)
    }

    pub(crate) fn compile_lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult<()> {
        self.check_debug_args(args)?;
        let flags = self.default_arguments(args)?;
        let scope = self.child_scope(self.st.scope_for(e))?;
        self.enter_unit(scope, UnitKind::Lambda, "<lambda>", e.span.line);
        self.u().loc = e.span;
        self.add_const(Const::None);
        self.set_arg_counts(args);
        self.visit_expr(body)?;
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.make_closure(code, flags)
    }

    pub(crate) fn compile_class(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult<()> {
        for d in &c.decorators {
            self.visit_expr(d)?;
            self.emit(Opcode::PushNull, 0);
        }
        let firstlineno = c.decorators.first().map_or(s.span.line, |d| d.span.line);
        let scope = self.child_scope(self.st.scope_for(c))?;
        self.enter_unit(scope, UnitKind::Class, &c.name, firstlineno);
        self.u().loc = Span {
            line: firstlineno,
            ..s.span
        };
        self.u().private = Some(c.name.to_string());
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let qualname = self.ur().qualname.clone();
        self.load_str(&qualname);
        self.nameop("__qualname__", ExprContext::Store)?;
        self.compile_body(&c.body)?;
        if self.st.scopes[scope].needs_class_closure {
            let i = self.closure_index("__class__")?;
            self.emit(Opcode::LoadClosure, i);
            self.emit(Opcode::Copy, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.emit(Opcode::LoadBuildClass, 0);
        self.emit(Opcode::PushNull, 0);
        self.make_closure(code, 0)?;
        self.load_str(&c.name);
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorators);
        self.nameop(&c.name, ExprContext::Store)
    }

    /// Call the decorators, innermost first, each at its own location.
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            let old = self.set_loc(d.span);
            self.emit(Opcode::Call, 1);
            self.set_loc(old);
        }
    }

    /// The implicit `return None` of a body takes its last statement's line.
    fn set_end_line(&mut self, body: &[Stmt]) {
        if let Some(last) = body.last() {
            self.u().loc.line = last.span.line;
        }
    }

    pub(crate) fn child_scope(&self, id: Option<ScopeId>) -> CResult<ScopeId> {
        id.ok_or_else(|| self.error("internal compiler error: block missing from the symbol table"))
    }

    fn set_arg_counts(&mut self, a: &Arguments) {
        let u = self.u();
        u.posonlyargcount = a.posonlyargs.len() as u32;
        u.argcount = (a.posonlyargs.len() + a.args.len()) as u32;
        u.kwonlyargcount = a.kwonlyargs.len() as u32;
    }

    /// Push the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags.
    fn default_arguments(&mut self, a: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !a.defaults.is_empty() {
            self.build_tuple(&a.defaults)?;
            flags |= 1;
        }
        let mut n = 0;
        for (arg, default) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangle(&arg.name);
                self.load_str(&name);
                self.visit_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Opcode::BuildMap, n);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Push the annotations dict if any parameter or the return is annotated.
    fn annotations(&mut self, a: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        let groups = a.args.iter().chain(&a.posonlyargs).chain(a.vararg.iter());
        let all = groups.chain(&a.kwonlyargs).chain(a.kwarg.iter());
        for arg in all {
            if let Some(ann) = &arg.annotation {
                let name = self.mangle(&arg.name);
                self.annotation_item(&name, ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.annotation_item("return", r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BuildMap, n);
        }
        Ok(n > 0)
    }

    fn annotation_item(&mut self, name: &str, ann: &'a Expr) -> CResult<()> {
        self.load_str(name);
        if self.future_annotations {
            let text = self.annotation_text(ann)?;
            self.load_str(&text);
            return Ok(());
        }
        if let ExprKind::Starred { value, .. } = &ann.kind {
            self.visit_expr(value)?;
            self.emit(Opcode::UnpackSequence, 1);
            return Ok(());
        }
        self.visit_expr(ann)
    }

    /// The string an annotation becomes under `from __future__ import annotations`.
    pub(crate) fn annotation_text(&self, ann: &Expr) -> CResult<String> {
        unparse(ann, MAX_DEPTH).ok_or_else(|| CompileError::at(TOO_DEEP, ann.span))
    }

    /// Validate `from __future__` imports (Python/future.c).
    fn check_future(&self, body: &[Stmt]) -> CResult<()> {
        let mut at_start = true;
        for (i, s) in body.iter().enumerate() {
            let is_future = matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), .. } if &**m == "__future__");
            if i == 0 && docstring(body).is_some() {
                continue;
            }
            if !is_future {
                at_start = false;
                continue;
            }
            if !at_start {
                let msg = "from __future__ imports must occur at the beginning of the file";
                return Err(CompileError::at(msg, s.span));
            }
            if let StmtKind::ImportFrom { names, .. } = &s.kind {
                for a in names {
                    check_future_feature(&a.name, s.span)?;
                }
            }
        }
        Ok(())
    }
}

/// The features named by the `from __future__` imports at the start of a module.
fn future_features(body: &[Stmt]) -> impl Iterator<Item = &str> {
    let skip = usize::from(docstring(body).is_some());
    body.iter()
        .skip(skip)
        .map_while(|s| match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if &**m == "__future__" => Some(names),
            _ => None,
        })
        .flatten()
        .map(|a| &*a.name)
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn check_future_feature(name: &str, span: Span) -> CResult<()> {
    if FUTURE_FEATURES.contains(&name) {
        return Ok(());
    }
    let msg = if name == "braces" {
        "not a chance".to_string()
    } else {
        format!("future feature {name} is not defined")
    };
    Err(CompileError::at(msg, span))
}

fn ste_is_function(kind: UnitKind) -> bool {
    matches!(
        kind,
        UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda | UnitKind::Comprehension
    )
}

fn pick(ctx: ExprContext, load: Opcode, store: Opcode, del: Opcode) -> Opcode {
    match ctx {
        ExprContext::Load => load,
        ExprContext::Store => store,
        ExprContext::Del => del,
    }
}

/// The docstring of a body: a leading string-constant expression statement.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Does the body (outside nested blocks) contain an annotated assignment?
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        _ => false,
    })
}
