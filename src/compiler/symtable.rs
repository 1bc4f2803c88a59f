//! The symbol table: which scope each name of each block lives in.
//!
//! A port of CPython 3.11's Python/symtable.c. A first pass walks the AST
//! and records, per block (module, class, function, lambda, comprehension),
//! how each name is used (`DEF_*` flags); a second pass (`analyze`) decides
//! each name's scope: local, global (explicit or implicit), free or cell.
//! Rules: binding makes a name local unless declared `global`/`nonlocal`;
//! free names resolve through enclosing *function* scopes (class scopes are
//! invisible to nested blocks); a function-local captured by a nested block
//! becomes a cell; `super` or `__class__` in a method makes the class body
//! own a `__class__` cell. Private names (`__x`) are mangled with the
//! enclosing class name. Blocks are keyed by the address of their AST node
//! (the AST is borrowed unchanged by both passes).

use super::error::{CResult, CompileError};
use crate::ast::*;
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// Where a name lives, once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

/// One block of the program.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Symbols in first-seen order (`names`) and by name.
    pub names: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters, in signature order (already mangled).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub comprehension: Option<CompKind>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub needs_class_closure: bool,
    pub nested: bool,
    /// Location of the `global`/`nonlocal` directive of each name.
    directives: HashMap<String, Span>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, nested: bool) -> Scope {
        Scope {
            kind,
            names: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            comprehension: None,
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkeywords: false,
            needs_class_closure: false,
            nested,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    pub fn scope_of(&self, name: &str) -> SymScope {
        self.symbols
            .get(name)
            .map_or(SymScope::Unknown, |s| s.scope)
    }

    /// Sorted names of the given scope (CPython's `dictbytype`).
    pub fn names_with(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| pred(s))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// All blocks of a module, and the AST node that opens each one.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// The key of a block-opening node: its address.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let p = p.trim_start_matches('_');
    if p.is_empty() {
        return name.to_string();
    }
    format!("_{p}{name}")
}

impl SymbolTable {
    /// The block opened by `node` (a `FunctionDef`, `ClassDef` or expression).
    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }

    /// `future_annotations`: `from __future__ import annotations` is in
    /// effect, so annotations are not evaluated (their names are not uses).
    pub fn build_module(m: &Module, future_annotations: bool) -> CResult<SymbolTable> {
        let mut b = Builder::new();
        b.future_annotations = future_annotations;
        for s in &m.body {
            b.visit_stmt(s)?;
        }
        b.finish()
    }

    pub fn build_expression(e: &Expr) -> CResult<SymbolTable> {
        let mut b = Builder::new();
        b.visit_expr(e)?;
        b.finish()
    }
}

const GLOBAL_PARAM: &str = "is parameter and global";
const NONLOCAL_PARAM: &str = "is parameter and nonlocal";

struct Builder {
    st: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<String>,
    future_annotations: bool,
    /// Current nesting of statements and expressions (recursion guard).
    depth: u32,
}

/// Deepest nesting of statements and expressions the compiler accepts:
/// every pass recurses over the tree, so this bounds their stack use.
pub const MAX_DEPTH: u32 = 1000;

pub const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

impl Builder {
    fn new() -> Builder {
        let top = Scope::new(ScopeKind::Module, false);
        Builder {
            st: SymbolTable {
                scopes: vec![top],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            private: None,
            future_annotations: false,
            depth: 0,
        }
    }

    fn finish(mut self) -> CResult<SymbolTable> {
        analyze(&mut self.st)?;
        Ok(self.st)
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.st.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, key: usize) {
        let parent = self.cur_id();
        let nested =
            self.st.scopes[parent].nested || self.st.scopes[parent].kind == ScopeKind::Function;
        let id = self.st.scopes.len();
        self.st.scopes.push(Scope::new(kind, nested));
        self.st.scopes[parent].children.push(id);
        self.st.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> CResult<()> {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, span: Span) -> CResult<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.st.scopes[id];
        let mut val = match scope.symbols.get(&mangled) {
            Some(sym) => {
                if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                    let msg = format!("duplicate argument '{name}' in function definition");
                    return Err(CompileError::at(msg, span));
                }
                sym.flags | flag
            }
            None => {
                scope.names.push(mangled.clone());
                flag
            }
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(CompileError::at(msg, span));
            }
            val |= DEF_COMP_ITER;
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: SymScope::Unknown,
            },
        );
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.st.scopes[0];
            match module.symbols.get_mut(&mangled) {
                Some(sym) => sym.flags |= flag,
                None => {
                    module.names.push(mangled.clone());
                    module.symbols.insert(
                        mangled,
                        Symbol {
                            flags: flag,
                            scope: SymScope::Unknown,
                        },
                    );
                }
            }
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.st.scopes[self.cur_id()].flags(&mangled)
    }

    fn visit_body(&mut self, body: &[Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> CResult<()> {
        es.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::at(TOO_DEEP, s.span));
        }
        let r = self.visit_stmt_kind(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_kind(&mut self, s: &Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.visit_funcdef(f, s.span),
            StmtKind::ClassDef(c) => self.visit_classdef(c, s.span),
            StmtKind::Return(v) => v.iter().try_for_each(|e| self.visit_expr(e)),
            StmtKind::Delete(ts) => self.visit_exprs(ts),
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_annassign(target, annotation, value.as_ref(), *simple, s.span),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(body)
            }
            StmtKind::Raise { exc, cause } => exc
                .iter()
                .chain(cause.iter())
                .try_for_each(|e| self.visit_expr(e)),
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
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                msg.iter().try_for_each(|e| self.visit_expr(e))
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.visit_alias(a))
            }
            StmtKind::Global(names) => self.visit_global(names, s.span, true),
            StmtKind::Nonlocal(names) => self.visit_global(names, s.span, false),
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    c.guard.iter().try_for_each(|g| self.visit_expr(g))?;
                    self.visit_body(&c.body)?;
                }
                Ok(())
            }
        }
    }

    /// Captured names are locals; values and classes are expressions.
    fn visit_pattern(&mut self, p: &Pattern) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::at(TOO_DEEP, p.span));
        }
        let r = self.visit_pattern_kind(p);
        self.depth -= 1;
        r
    }

    fn visit_pattern_kind(&mut self, p: &Pattern) -> CResult<()> {
        let pats =
            |this: &mut Self, ps: &[Pattern]| ps.iter().try_for_each(|q| this.visit_pattern(q));
        match &p.kind {
            PatternKind::MatchValue(e) => self.visit_expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => pats(self, ps),
            PatternKind::MatchStar(name) => name
                .iter()
                .try_for_each(|n| self.add_def(n, DEF_LOCAL, p.span)),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                pats(self, patterns)?;
                rest.iter()
                    .try_for_each(|n| self.add_def(n, DEF_LOCAL, p.span))
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                pats(self, patterns)?;
                pats(self, kwd_patterns)
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                name.iter()
                    .try_for_each(|n| self.add_def(n, DEF_LOCAL, p.span))
            }
        }
    }

    fn visit_funcdef(&mut self, f: &FunctionDef, span: Span) -> CResult<()> {
        self.add_def(&f.name, DEF_LOCAL, span)?;
        self.visit_exprs(&f.args.defaults)?;
        f.args
            .kw_defaults
            .iter()
            .flatten()
            .try_for_each(|e| self.visit_expr(e))?;
        self.visit_annotations(&f.args, f.returns.as_ref())?;
        self.visit_exprs(&f.decorators)?;
        self.enter(ScopeKind::Function, node_key(f));
        if f.is_async {
            self.cur().is_coroutine = true;
        }
        self.visit_params(&f.args)?;
        self.visit_body(&f.body)?;
        self.exit();
        Ok(())
    }

    fn visit_classdef(&mut self, c: &ClassDef, span: Span) -> CResult<()> {
        self.add_def(&c.name, DEF_LOCAL, span)?;
        self.visit_exprs(&c.bases)?;
        c.keywords
            .iter()
            .try_for_each(|k| self.visit_expr(&k.value))?;
        self.visit_exprs(&c.decorators)?;
        self.enter(ScopeKind::Class, node_key(c));
        let saved = self.private.replace(c.name.to_string());
        let r = self.visit_body(&c.body);
        self.private = saved;
        self.exit();
        r
    }

    fn visit_annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> CResult<()> {
        if self.future_annotations {
            return Ok(());
        }
        let all = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs);
        let all = all.chain(a.vararg.iter()).chain(a.kwarg.iter());
        for arg in all {
            if let Some(ann) = &arg.annotation {
                self.visit_expr(ann)?;
            }
        }
        returns.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_params(&mut self, a: &Arguments) -> CResult<()> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.name, DEF_PARAM, arg.span)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.name, DEF_PARAM, v.span)?;
            self.cur().has_varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.span)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    fn visit_annassign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
        span: Span,
    ) -> CResult<()> {
        if let ExprKind::Name { id, .. } = &target.kind {
            let cur = self.lookup(id);
            let not_module = self.cur_id() != 0;
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && not_module && simple {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                let msg = format!("annotated name '{id}' can't be {what}");
                return Err(CompileError::at(msg, span));
            }
            if simple {
                self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
            } else if value.is_some() {
                self.add_def(id, DEF_LOCAL, target.span)?;
            }
        } else {
            self.visit_expr(target)?;
        }
        if !self.future_annotations {
            self.visit_expr(annotation)?;
        }
        value.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_alias(&mut self, a: &Alias) -> CResult<()> {
        let name: &str = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.st.scopes[self.cur_id()].kind != ScopeKind::Module {
                return Err(CompileError::at(
                    "import * only allowed at module level",
                    a.span,
                ));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.span)
    }

    fn visit_global(&mut self, names: &[Ident], span: Span, global: bool) -> CResult<()> {
        let kw = if global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!(
                        "name '{name}' {}",
                        if global { GLOBAL_PARAM } else { NONLOCAL_PARAM }
                    )
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {kw} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {kw}")
                } else {
                    format!("name '{name}' is assigned to before {kw} declaration")
                };
                return Err(CompileError::at(msg, span));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, span)?;
            let mangled = mangle(self.private.as_deref(), name);
            self.cur().directives.entry(mangled).or_insert(span);
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::at(TOO_DEEP, e.span));
        }
        let r = self.visit_expr_kind(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_kind(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.visit_namedexpr(e, target, value),
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                args.kw_defaults
                    .iter()
                    .flatten()
                    .try_for_each(|d| self.visit_expr(d))?;
                self.enter(ScopeKind::Function, node_key(e));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.visit_expr(k))?;
                self.visit_exprs(values)
            }
            ExprKind::Set(elts) | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.visit_exprs(elts)
            }
            ExprKind::JoinedStr(elts) => self.visit_exprs(elts),
            ExprKind::ListComp { elt, generators } => {
                self.visit_comp(e, CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comp(e, CompKind::Set, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comp(e, CompKind::Gen, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comp(e, CompKind::Dict, generators, key, Some(value)),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
                self.mark_yield(e)
            }
            ExprKind::YieldFrom(v) => {
                self.visit_expr(v)?;
                self.mark_yield(e)
            }
            ExprKind::Await(v) => {
                self.visit_expr(v)?;
                self.cur().is_coroutine = true;
                Ok(())
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                format_spec.iter().try_for_each(|s| self.visit_expr(s))
            }
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            ExprKind::Slice { lower, upper, step } => {
                let parts = [lower, upper, step];
                parts
                    .into_iter()
                    .flatten()
                    .try_for_each(|p| self.visit_expr(p))
            }
            ExprKind::Name { id, ctx } => self.visit_name(id, *ctx, e.span),
        }
    }

    fn visit_name(&mut self, id: &str, ctx: ExprContext, span: Span) -> CResult<()> {
        let flag = if ctx == ExprContext::Load {
            USE
        } else {
            DEF_LOCAL
        };
        self.add_def(id, flag, span)?;
        let cur = &self.st.scopes[self.cur_id()];
        if ctx == ExprContext::Load && cur.kind == ScopeKind::Function && id == "super" {
            self.add_def("__class__", USE, span)?;
        }
        Ok(())
    }

    fn mark_yield(&mut self, e: &Expr) -> CResult<()> {
        self.cur().is_generator = true;
        if let Some(kind) = self.cur().comprehension {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Gen => "generator expression",
            };
            return Err(CompileError::at(format!("'yield' inside {what}"), e.span));
        }
        Ok(())
    }

    fn visit_comp(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult<()> {
        let Some(outermost) = generators.first() else {
            return Err(CompileError::at("comprehension without 'for'", e.span));
        };
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(ScopeKind::Function, node_key(e));
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.visit_comp_target(&g.target)?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_gen = kind == CompKind::Gen;
        self.cur().is_generator = is_gen;
        let is_async = self.cur().is_coroutine && !is_gen;
        self.exit();
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> CResult<()> {
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur().comp_iter_target = false;
        r
    }

    fn visit_namedexpr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> CResult<()> {
        if self.st.scopes[self.cur_id()].comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(CompileError::at(msg, e.span));
        }
        if self.st.scopes[self.cur_id()].comprehension.is_some() {
            if let ExprKind::Name { id, .. } = &target.kind {
                self.extend_namedexpr_scope(id, target.span)?;
            }
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// PEP 572: a walrus inside a comprehension binds in the enclosing block.
    fn extend_namedexpr_scope(&mut self, name: &str, span: Span) -> CResult<()> {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.st.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(&mangle(self.private.as_deref(), name)) & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    );
                    return Err(CompileError::at(msg, span));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let global = scope.flags(&mangle(self.private.as_deref(), name)) & DEF_GLOBAL;
                    let flag = if global != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, span)?;
                    let mangled = mangle(self.private.as_deref(), name);
                    self.cur().directives.entry(mangled).or_insert(span);
                    return self.add_def_in(id, name, DEF_LOCAL, span);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, span)?;
                    let mangled = mangle(self.private.as_deref(), name);
                    self.cur().directives.entry(mangled).or_insert(span);
                    return self.add_def_in(id, name, DEF_GLOBAL, span);
                }
                ScopeKind::Class => {
                    let msg =
                        "assignment expression within a comprehension cannot be used in a class body";
                    return Err(CompileError::at(msg, span));
                }
            }
        }
        Ok(())
    }
}

/// Sets of names flowing through the analysis.
type Names = HashSet<String>;

/// CPython's `symtable_analyze`: decide the scope of every name.
fn analyze(st: &mut SymbolTable) -> CResult<()> {
    let mut free = Names::new();
    let mut global = Names::new();
    analyze_block(st, 0, None, &mut free, &mut global)
}

fn analyze_block(
    st: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&Names>,
    free: &mut Names,
    global: &mut Names,
) -> CResult<()> {
    let kind = st.scopes[id].kind;
    let mut local = Names::new();
    let mut scopes: HashMap<String, SymScope> = HashMap::new();
    let mut newglobal = Names::new();
    let mut newbound = Names::new();
    let mut newfree = Names::new();
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut bound_copy: Option<Names> = bound.cloned();
    let names = st.scopes[id].names.clone();
    for name in &names {
        let flags = st.scopes[id].flags(name);
        let sc = analyze_name(
            &st.scopes[id],
            name,
            flags,
            bound_copy.as_mut(),
            &mut local,
            free,
            global,
        )?;
        scopes.insert(name.clone(), sc);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_copy {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = Names::new();
    for child in st.scopes[id].children.clone() {
        let mut tb = newbound.clone();
        let mut tf = newfree.clone();
        let mut tg = newglobal.clone();
        let _ = &mut tb;
        analyze_block(st, child, Some(&tb), &mut tf, &mut tg)?;
        allfree.extend(tf);
    }
    newfree.extend(allfree);
    if kind == ScopeKind::Function {
        analyze_cells(&mut scopes, &mut newfree);
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        st.scopes[id].needs_class_closure = true;
    }
    update_symbols(
        &mut st.scopes[id],
        &scopes,
        bound_copy.as_ref(),
        &newfree,
        kind == ScopeKind::Class,
    );
    free.extend(newfree);
    Ok(())
}

fn analyze_name(
    ste: &Scope,
    name: &str,
    flags: u32,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> CResult<SymScope> {
    let directive = || ste.directives.get(name).copied().unwrap_or_default();
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            let msg = format!("name '{name}' is nonlocal and global");
            return Err(CompileError::at(msg, directive()));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            let msg = "nonlocal declaration not allowed at module level";
            return Err(CompileError::at(msg, directive()));
        };
        if !b.contains(name) {
            let msg = format!("no binding for nonlocal '{name}' found");
            return Err(CompileError::at(msg, directive()));
        }
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymScope::Local);
    }
    if bound.is_some_and(|b| b.contains(name)) {
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    Ok(SymScope::GlobalImplicit)
}

fn analyze_cells(scopes: &mut HashMap<String, SymScope>, free: &mut Names) {
    for (name, sc) in scopes.iter_mut() {
        if *sc == SymScope::Local && free.remove(name) {
            *sc = SymScope::Cell;
        }
    }
}

fn update_symbols(
    ste: &mut Scope,
    scopes: &HashMap<String, SymScope>,
    bound: Option<&Names>,
    free: &Names,
    classflag: bool,
) {
    for (name, sym) in ste.symbols.iter_mut() {
        if let Some(sc) = scopes.get(name) {
            sym.scope = *sc;
        }
    }
    let mut sorted: Vec<&String> = free.iter().collect();
    sorted.sort();
    for name in sorted {
        if let Some(sym) = ste.symbols.get_mut(name) {
            if classflag && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            continue;
        }
        ste.names.push(name.clone());
        ste.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: SymScope::Free,
            },
        );
    }
}
