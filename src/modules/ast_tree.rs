//! `_asttree`: the native half of the bundled `ast` module
//! (`modules/ast.py`); its `compile` is in `ast_import.rs`.
//! `parse(source, filename, mode)` parses as
//! `compile()` does (`interpreter::parse_mode`, same SyntaxErrors) and
//! exports the Rust AST (`crate::ast`) as nested tuples that `ast.py`
//! turns into node objects.
//!
//! Format: a node is a tuple `(class_name, field, ..., [lineno,
//! col_offset, end_lineno, end_col_offset])`, its fields in the order of
//! the class's `_fields` (CPython 3.11's Python.asdl), followed by its
//! position when the class has `_attributes`. Sequences are lists,
//! identifiers str, optional fields None, constants their values; a field
//! value is a node exactly when it is a tuple (the parser makes no tuple
//! constants). Flags are ints as CPython gives them (`simple`,
//! `is_async`, `level`, `conversion`).
//!
//! `Constant.kind` is 'u' for a string whose first literal has a `u`
//! prefix (not `U`, as CPython): the AST does not keep prefixes, so the source byte at the
//! node's start is read. `type_comment` fields are always None and
//! `type_ignores` empty: the parser reads no type comments.

use crate::ast::*;
use crate::interpreter::{parse_mode, CompileMode, Parsed};
use crate::object::pyref::PyRef;
use crate::object::value::Value;
use crate::objects::exception::{type_error, value_error, PyResult};
use crate::objects::list::list_value;
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

pub fn create() -> PyRef<PyModule> {
    let m = new_module("_asttree");
    super::add_functions(
        &m,
        "_asttree",
        &[("parse", parse), ("compile", super::ast_import::compile)],
    );
    m
}

/// `parse(source: str, filename: str, mode: str)`.
fn parse(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("parse", 3, 3)?;
    let text = |v: &Value| {
        v.downcast::<PyStr>()
            .map(|s| s.as_str().to_string())
            .ok_or_else(|| type_error("_asttree.parse() arguments must be str"))
    };
    let (source, filename, mode) = (text(&p[0])?, text(&p[1])?, text(&p[2])?);
    let Some(mode) = CompileMode::from_name(&mode) else {
        return Err(value_error(
            "compile() mode must be 'exec', 'eval', 'single' or 'func_type'",
        ));
    };
    super::builtins_exec::refuse_nul(&source)?;
    let parsed = parse_mode(&source, &filename, mode)?;
    let ex = Exporter::new(&source);
    Ok(match parsed {
        Parsed::Module(m) => node("Module", vec![ex.stmts(&m.body), list_value(vec![])]),
        Parsed::Expression(e) => node("Expression", vec![ex.expr(&e)]),
        Parsed::Interactive(m) => node("Interactive", vec![ex.stmts(&m.body)]),
    })
}

// ===== Building blocks =====

/// A node without position (`arguments`, `withitem`, operators, ...).
fn node(name: &'static str, mut fields: Vec<Value>) -> Value {
    fields.insert(0, str_value(name));
    tuple_value(fields)
}

/// A node with `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
fn located(name: &'static str, mut fields: Vec<Value>, span: &Span) -> Value {
    fields.insert(0, str_value(name));
    for n in [span.line, span.col, span.end_line, span.end_col] {
        fields.push(Value::Int(i64::from(n)));
    }
    tuple_value(fields)
}

fn ident(s: &Ident) -> Value {
    str_value(&**s)
}

fn opt_ident(s: &Option<Ident>) -> Value {
    s.as_ref().map_or(Value::None, ident)
}

fn idents(v: &[Ident]) -> Value {
    list_value(v.iter().map(ident).collect())
}

fn flag(b: bool) -> Value {
    Value::Int(i64::from(b))
}

fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(s) => crate::objects::int::parse_int(s, 10)
            .map(crate::objects::int::int_value)
            .unwrap_or(Value::Int(0)),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex(f) => crate::objects::complex::complex_value(0.0, *f),
        Constant::Str(s) => str_value(&**s),
        Constant::Bytes(b) => crate::objects::bytes::bytes_value(b.to_vec()),
        Constant::Ellipsis => crate::objects::none::ellipsis(),
    }
}

fn ctx(c: ExprContext) -> Value {
    node(
        match c {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        },
        vec![],
    )
}

fn bool_op(op: BoolOp) -> Value {
    node(
        match op {
            BoolOp::And => "And",
            BoolOp::Or => "Or",
        },
        vec![],
    )
}

fn bin_op(op: BinOp) -> Value {
    node(
        match op {
            BinOp::Add => "Add",
            BinOp::BitAnd => "BitAnd",
            BinOp::FloorDiv => "FloorDiv",
            BinOp::LShift => "LShift",
            BinOp::MatMult => "MatMult",
            BinOp::Mult => "Mult",
            BinOp::Mod => "Mod",
            BinOp::BitOr => "BitOr",
            BinOp::Pow => "Pow",
            BinOp::RShift => "RShift",
            BinOp::Sub => "Sub",
            BinOp::Div => "Div",
            BinOp::BitXor => "BitXor",
        },
        vec![],
    )
}

fn unary_op(op: UnaryOp) -> Value {
    node(
        match op {
            UnaryOp::Invert => "Invert",
            UnaryOp::Not => "Not",
            UnaryOp::UAdd => "UAdd",
            UnaryOp::USub => "USub",
        },
        vec![],
    )
}

fn cmp_op(op: CmpOp) -> Value {
    node(
        match op {
            CmpOp::Eq => "Eq",
            CmpOp::NotEq => "NotEq",
            CmpOp::Lt => "Lt",
            CmpOp::LtE => "LtE",
            CmpOp::Gt => "Gt",
            CmpOp::GtE => "GtE",
            CmpOp::Is => "Is",
            CmpOp::IsNot => "IsNot",
            CmpOp::In => "In",
            CmpOp::NotIn => "NotIn",
        },
        vec![],
    )
}

// ===== The tree =====

/// Exports one parsed source; keeps its lines to read string prefixes.
struct Exporter<'s> {
    lines: Vec<&'s str>,
}

impl<'s> Exporter<'s> {
    fn new(source: &'s str) -> Self {
        Exporter {
            lines: source.split(['\n', '\r']).collect(),
        }
    }

    /// The source byte at a 1-based line and 0-based byte column.
    fn byte_at(&self, line: u32, col: u32) -> Option<u8> {
        let l = self.lines.get((line as usize).checked_sub(1)?)?;
        l.as_bytes().get(col as usize).copied()
    }

    fn stmts(&self, b: &[Stmt]) -> Value {
        list_value(b.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, v: &[Expr]) -> Value {
        list_value(v.iter().map(|e| self.expr(e)).collect())
    }

    fn opt_expr(&self, e: Option<&Expr>) -> Value {
        e.map_or(Value::None, |e| self.expr(e))
    }

    fn stmt(&self, s: &Stmt) -> Value {
        let (name, fields) = self.stmt_fields(&s.kind);
        located(name, fields, &s.span)
    }

    fn stmt_fields(&self, k: &StmtKind) -> (&'static str, Vec<Value>) {
        match k {
            StmtKind::FunctionDef(f) => self.function_def(f),
            StmtKind::ClassDef(c) => (
                "ClassDef",
                vec![
                    ident(&c.name),
                    self.exprs(&c.bases),
                    self.keywords(&c.keywords),
                    self.stmts(&c.body),
                    self.exprs(&c.decorators),
                ],
            ),
            StmtKind::Return(v) => ("Return", vec![self.opt_expr(v.as_ref())]),
            StmtKind::Delete(t) => ("Delete", vec![self.exprs(t)]),
            StmtKind::Assign { targets, value } => (
                "Assign",
                vec![self.exprs(targets), self.expr(value), Value::None],
            ),
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                vec![self.expr(target), bin_op(*op), self.expr(value)],
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                "AnnAssign",
                vec![
                    self.expr(target),
                    self.expr(annotation),
                    self.opt_expr(value.as_ref()),
                    flag(*simple),
                ],
            ),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => (
                if *is_async { "AsyncFor" } else { "For" },
                vec![
                    self.expr(target),
                    self.expr(iter),
                    self.stmts(body),
                    self.stmts(orelse),
                    Value::None,
                ],
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                vec![self.expr(test), self.stmts(body), self.stmts(orelse)],
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                vec![self.expr(test), self.stmts(body), self.stmts(orelse)],
            ),
            StmtKind::With {
                items,
                body,
                is_async,
            } => (
                if *is_async { "AsyncWith" } else { "With" },
                vec![self.with_items(items), self.stmts(body), Value::None],
            ),
            StmtKind::Raise { exc, cause } => (
                "Raise",
                vec![self.opt_expr(exc.as_ref()), self.opt_expr(cause.as_ref())],
            ),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => ("Try", self.try_fields(body, handlers, orelse, finalbody)),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => (
                "TryStar",
                self.try_fields(body, handlers, orelse, finalbody),
            ),
            StmtKind::Assert { test, msg } => {
                ("Assert", vec![self.expr(test), self.opt_expr(msg.as_ref())])
            }
            StmtKind::Import(names) => ("Import", vec![aliases(names)]),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (
                "ImportFrom",
                vec![
                    opt_ident(module),
                    aliases(names),
                    Value::Int(i64::from(*level)),
                ],
            ),
            StmtKind::Global(n) => ("Global", vec![idents(n)]),
            StmtKind::Nonlocal(n) => ("Nonlocal", vec![idents(n)]),
            StmtKind::Expr(e) => ("Expr", vec![self.expr(e)]),
            StmtKind::Pass => ("Pass", vec![]),
            StmtKind::Break => ("Break", vec![]),
            StmtKind::Continue => ("Continue", vec![]),
            StmtKind::Match { subject, cases } => (
                "Match",
                vec![
                    self.expr(subject),
                    list_value(cases.iter().map(|c| self.match_case(c)).collect()),
                ],
            ),
        }
    }

    fn function_def(&self, f: &FunctionDef) -> (&'static str, Vec<Value>) {
        (
            if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            vec![
                ident(&f.name),
                self.arguments(&f.args),
                self.stmts(&f.body),
                self.exprs(&f.decorators),
                self.opt_expr(f.returns.as_ref()),
                Value::None,
            ],
        )
    }

    fn try_fields(
        &self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Vec<Value> {
        let handlers = handlers
            .iter()
            .map(|h| {
                located(
                    "ExceptHandler",
                    vec![
                        self.opt_expr(h.typ.as_ref()),
                        opt_ident(&h.name),
                        self.stmts(&h.body),
                    ],
                    &h.span,
                )
            })
            .collect();
        vec![
            self.stmts(body),
            list_value(handlers),
            self.stmts(orelse),
            self.stmts(finalbody),
        ]
    }

    fn with_items(&self, items: &[WithItem]) -> Value {
        list_value(
            items
                .iter()
                .map(|w| {
                    node(
                        "withitem",
                        vec![
                            self.expr(&w.context_expr),
                            self.opt_expr(w.optional_vars.as_ref()),
                        ],
                    )
                })
                .collect(),
        )
    }

    fn arguments(&self, a: &Arguments) -> Value {
        let args = |v: &[Arg]| list_value(v.iter().map(|x| self.arg(x)).collect());
        let opt_arg = |x: &Option<Arg>| x.as_ref().map_or(Value::None, |x| self.arg(x));
        let kw_defaults = a
            .kw_defaults
            .iter()
            .map(|d| self.opt_expr(d.as_ref()))
            .collect();
        node(
            "arguments",
            vec![
                args(&a.posonlyargs),
                args(&a.args),
                opt_arg(&a.vararg),
                args(&a.kwonlyargs),
                list_value(kw_defaults),
                opt_arg(&a.kwarg),
                self.exprs(&a.defaults),
            ],
        )
    }

    fn arg(&self, a: &Arg) -> Value {
        located(
            "arg",
            vec![
                ident(&a.name),
                self.opt_expr(a.annotation.as_ref()),
                Value::None,
            ],
            &a.span,
        )
    }

    fn keywords(&self, k: &[Keyword]) -> Value {
        list_value(
            k.iter()
                .map(|k| {
                    located(
                        "keyword",
                        vec![opt_ident(&k.arg), self.expr(&k.value)],
                        &k.span,
                    )
                })
                .collect(),
        )
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Value {
        list_value(
            gens.iter()
                .map(|g| {
                    node(
                        "comprehension",
                        vec![
                            self.expr(&g.target),
                            self.expr(&g.iter),
                            self.exprs(&g.ifs),
                            flag(g.is_async),
                        ],
                    )
                })
                .collect(),
        )
    }

    fn expr(&self, e: &Expr) -> Value {
        let (name, fields) = self.expr_fields(e);
        located(name, fields, &e.span)
    }

    fn expr_fields(&self, e: &Expr) -> (&'static str, Vec<Value>) {
        let b = |e: &Expr| self.expr(e);
        let ob = |e: &Option<Box<Expr>>| self.opt_expr(e.as_deref());
        match &e.kind {
            ExprKind::BoolOp { op, values } => ("BoolOp", vec![bool_op(*op), self.exprs(values)]),
            ExprKind::NamedExpr { target, value } => ("NamedExpr", vec![b(target), b(value)]),
            ExprKind::BinOp { left, op, right } => ("BinOp", vec![b(left), bin_op(*op), b(right)]),
            ExprKind::UnaryOp { op, operand } => ("UnaryOp", vec![unary_op(*op), b(operand)]),
            ExprKind::Lambda { args, body } => ("Lambda", vec![self.arguments(args), b(body)]),
            ExprKind::IfExp { test, body, orelse } => ("IfExp", vec![b(test), b(body), b(orelse)]),
            ExprKind::Dict { keys, values } => {
                let keys = keys.iter().map(|k| self.opt_expr(k.as_ref())).collect();
                ("Dict", vec![list_value(keys), self.exprs(values)])
            }
            ExprKind::Set(elts) => ("Set", vec![self.exprs(elts)]),
            ExprKind::ListComp { elt, generators } => {
                ("ListComp", vec![b(elt), self.comprehensions(generators)])
            }
            ExprKind::SetComp { elt, generators } => {
                ("SetComp", vec![b(elt), self.comprehensions(generators)])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![b(key), b(value), self.comprehensions(generators)],
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![b(elt), self.comprehensions(generators)],
            ),
            ExprKind::Await(v) => ("Await", vec![b(v)]),
            ExprKind::Yield(v) => ("Yield", vec![ob(v)]),
            ExprKind::YieldFrom(v) => ("YieldFrom", vec![b(v)]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (
                "Compare",
                vec![
                    b(left),
                    list_value(ops.iter().map(|o| cmp_op(*o)).collect()),
                    self.exprs(comparators),
                ],
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                vec![b(func), self.exprs(args), self.keywords(keywords)],
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                "FormattedValue",
                vec![
                    b(value),
                    Value::Int(i64::from(*conversion)),
                    ob(format_spec),
                ],
            ),
            ExprKind::JoinedStr(values) => {
                let parts = values.iter().map(|v| self.fstring_part(v)).collect();
                ("JoinedStr", vec![list_value(parts)])
            }
            ExprKind::Constant(c) => ("Constant", vec![constant_value(c), self.kind(e, c)]),
            ExprKind::Attribute {
                value,
                attr,
                ctx: c,
            } => ("Attribute", vec![b(value), ident(attr), ctx(*c)]),
            ExprKind::Subscript {
                value,
                slice,
                ctx: c,
            } => ("Subscript", vec![b(value), b(slice), ctx(*c)]),
            ExprKind::Starred { value, ctx: c } => ("Starred", vec![b(value), ctx(*c)]),
            ExprKind::Name { id, ctx: c } => ("Name", vec![ident(id), ctx(*c)]),
            ExprKind::List { elts, ctx: c } => ("List", vec![self.exprs(elts), ctx(*c)]),
            ExprKind::Tuple { elts, ctx: c } => ("Tuple", vec![self.exprs(elts), ctx(*c)]),
            ExprKind::Slice { lower, upper, step } => {
                ("Slice", vec![ob(lower), ob(upper), ob(step)])
            }
        }
    }

    /// A part of an f-string: its string constants have no `kind`.
    fn fstring_part(&self, e: &Expr) -> Value {
        match &e.kind {
            ExprKind::Constant(c) => {
                located("Constant", vec![constant_value(c), Value::None], &e.span)
            }
            _ => self.expr(e),
        }
    }

    /// `Constant.kind`: 'u' when a string starts with a lowercase `u`
    /// prefix (CPython gives None for `U`).
    fn kind(&self, e: &Expr, c: &Constant) -> Value {
        match (c, self.byte_at(e.span.line, e.span.col)) {
            (Constant::Str(_), Some(b'u')) => str_value("u"),
            _ => Value::None,
        }
    }

    fn match_case(&self, c: &MatchCase) -> Value {
        node(
            "match_case",
            vec![
                self.pattern(&c.pattern),
                self.opt_expr(c.guard.as_ref()),
                self.stmts(&c.body),
            ],
        )
    }

    fn patterns(&self, v: &[Pattern]) -> Value {
        list_value(v.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Value {
        let (name, fields) = match &p.kind {
            PatternKind::MatchValue(e) => ("MatchValue", vec![self.expr(e)]),
            PatternKind::MatchSingleton(c) => ("MatchSingleton", vec![constant_value(c)]),
            PatternKind::MatchSequence(ps) => ("MatchSequence", vec![self.patterns(ps)]),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => (
                "MatchMapping",
                vec![self.exprs(keys), self.patterns(patterns), opt_ident(rest)],
            ),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                "MatchClass",
                vec![
                    self.expr(cls),
                    self.patterns(patterns),
                    idents(kwd_attrs),
                    self.patterns(kwd_patterns),
                ],
            ),
            PatternKind::MatchStar(name) => ("MatchStar", vec![opt_ident(name)]),
            PatternKind::MatchAs { pattern, name } => (
                "MatchAs",
                vec![
                    pattern.as_ref().map_or(Value::None, |p| self.pattern(p)),
                    opt_ident(name),
                ],
            ),
            PatternKind::MatchOr(ps) => ("MatchOr", vec![self.patterns(ps)]),
        };
        located(name, fields, &p.span)
    }
}

fn aliases(names: &[Alias]) -> Value {
    list_value(
        names
            .iter()
            .map(|a| located("alias", vec![ident(&a.name), opt_ident(&a.asname)], &a.span))
            .collect(),
    )
}
