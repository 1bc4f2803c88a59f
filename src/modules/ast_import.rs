//! `_asttree.compile(tree, filename, mode)`: `compile()` of an AST object.
//! The bundled `ast` module (`ast._tuples`) turns the node objects into
//! the tuple format `ast_tree.rs` exports (and checks required fields);
//! this file reads that format back into `crate::ast`, checks it as
//! CPython does (`ast_validate.rs`) and compiles it like parsed source
//! (`interpreter::compile_parsed`).
//!
//! Malformed trees are TypeErrors or ValueErrors, never panics. Gaps:
//! tuple and frozenset constants, and complex constants with a real part,
//! have no `crate::ast::Constant` form and are refused.

use std::rc::Rc;

use crate::ast::*;
use crate::interpreter::{compile_parsed, CompileMode, Parsed};
use crate::object::value::Value;
use crate::objects::complex::PyComplex;
use crate::objects::exception::{new_error, type_error, type_name, value_error, ExcKind, PyResult};
use crate::objects::list::PyList;
use crate::objects::method::Args;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;

/// `compile(tree, filename, mode)` with `tree` in tuple form.
pub fn compile(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("compile", 3, 3)?;
    let filename = string(&p[1])?.to_string();
    let node = Node::new(&p[0])?;
    let parsed = match (string(&p[2])?, node.name) {
        ("exec", "Module") => Parsed::Module(Module {
            body: node.stmts(0)?,
        }),
        ("eval", "Expression") => Parsed::Expression(node.expr(0)?),
        ("single", "Interactive") => Parsed::Interactive(Module {
            body: node.stmts(0)?,
        }),
        (mode @ ("exec" | "eval" | "single"), got) => {
            let want = match mode {
                "exec" => "Module",
                "eval" => "Expression",
                _ => "Interactive",
            };
            return Err(type_error(format!("expected {want} node, got {got}")));
        }
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    match &parsed {
        Parsed::Module(m) | Parsed::Interactive(m) => super::ast_validate::module(&m.body)?,
        Parsed::Expression(e) => super::ast_validate::expression(e)?,
    }
    let mode = match node.name {
        "Module" => CompileMode::Exec,
        "Expression" => CompileMode::Eval,
        _ => CompileMode::Single,
    };
    Ok(compile_parsed(&parsed, "", &filename, mode)?.into_value())
}

// ===== Reading values =====

fn string(v: &Value) -> PyResult<&str> {
    v.downcast::<PyStr>().map(|s| s.as_str()).ok_or_else(|| {
        type_error(format!(
            "AST string must be of type str, not {}",
            type_name(v)
        ))
    })
}

fn ident(v: &Value) -> PyResult<Ident> {
    string(v).map(Rc::from)
}

fn opt_ident(v: &Value) -> PyResult<Option<Ident>> {
    match v {
        Value::None => Ok(None),
        v => ident(v).map(Some),
    }
}

fn int(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        v => Err(type_error(format!(
            "invalid integer value: {}",
            type_name(v)
        ))),
    }
}

fn u32_of(v: &Value) -> PyResult<u32> {
    u32::try_from(int(v)?).map_err(|_| value_error("AST position or count out of range"))
}

fn list(v: &Value) -> PyResult<Vec<Value>> {
    v.downcast::<PyList>()
        .map(|l| l.snapshot())
        .ok_or_else(|| type_error(format!("AST field must be a list, not {}", type_name(v))))
}

fn constant(v: &Value) -> PyResult<Constant> {
    Ok(match v {
        Value::None => Constant::None,
        Value::Bool(b) => Constant::Bool(*b),
        Value::Float(f) => Constant::Float(*f),
        v if v.is(&crate::objects::none::ellipsis()) => Constant::Ellipsis,
        v => {
            if let Some(b) = crate::objects::int::to_bigint(v) {
                Constant::Int(Rc::from(b.to_string()))
            } else if let Some(s) = v.downcast::<PyStr>() {
                Constant::Str(Rc::from(s.as_str()))
            } else if let Some(b) = v.downcast::<crate::objects::bytes::PyBytes>() {
                Constant::Bytes(Rc::from(&b.data[..]))
            } else if let Some(c) = v.downcast::<PyComplex>().filter(|c| c.re == 0.0) {
                Constant::Complex(c.im)
            } else {
                return Err(type_error(format!(
                    "got an invalid type in Constant: {}",
                    type_name(v)
                )));
            }
        }
    })
}

// ===== Nodes =====

/// Deepest nesting of node tuples read: the compiler refuses trees
/// nested deeper than `MAX_DEPTH` statements and expressions anyway, and
/// this bounds the native recursion here and in `ast_validate.rs`.
const MAX_NESTING: u32 = 3000;

/// One node tuple: its class name, fields, and position when it has one.
struct Node<'v> {
    name: &'v str,
    items: &'v [Value],
    depth: u32,
}

impl<'v> Node<'v> {
    fn new(v: &'v Value) -> PyResult<Node<'v>> {
        Node::at(v, 0)
    }

    fn at(v: &Value, depth: u32) -> PyResult<Node<'_>> {
        if depth > MAX_NESTING {
            return Err(new_error(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
            ));
        }
        let t = v
            .downcast::<PyTuple>()
            .filter(|t| !t.items.is_empty())
            .ok_or_else(|| type_error("expected an AST node"))?;
        Ok(Node {
            name: string(&t.items[0])?,
            items: &t.items[1..],
            depth,
        })
    }

    /// A node inside this one.
    fn sub<'w>(&self, v: &'w Value) -> PyResult<Node<'w>> {
        Node::at(v, self.depth + 1)
    }

    fn field(&self, i: usize) -> PyResult<&'v Value> {
        self.items
            .get(i)
            .ok_or_else(|| type_error(format!("malformed {} node", self.name)))
    }

    /// The position after `n` fields; missing ends are the start.
    fn span(&self, n: usize) -> PyResult<Span> {
        let line = u32_of(self.field(n)?)?;
        let col = u32_of(self.field(n + 1)?)?;
        let end = |i: usize, dflt: u32| match self.field(i)? {
            Value::None => Ok(dflt),
            v => u32_of(v),
        };
        Ok(Span {
            line,
            col,
            end_line: end(n + 2, line)?,
            end_col: end(n + 3, col)?,
        })
    }

    fn child(&self, i: usize) -> PyResult<Node<'v>> {
        self.sub(self.field(i)?)
    }

    fn opt<T>(&self, i: usize, f: impl Fn(&Node<'v>) -> PyResult<T>) -> PyResult<Option<T>> {
        match self.field(i)? {
            Value::None => Ok(None),
            v => f(&self.sub(v)?).map(Some),
        }
    }

    fn seq<T>(&self, i: usize, f: impl Fn(&Node<'_>) -> PyResult<T>) -> PyResult<Vec<T>> {
        list(self.field(i)?)?
            .iter()
            .map(|v| f(&self.sub(v)?))
            .collect()
    }

    fn stmts(&self, i: usize) -> PyResult<Vec<Stmt>> {
        self.seq(i, |n| n.to_stmt())
    }

    fn exprs(&self, i: usize) -> PyResult<Vec<Expr>> {
        self.seq(i, |n| n.to_expr())
    }

    fn expr(&self, i: usize) -> PyResult<Expr> {
        self.child(i)?.to_expr()
    }

    fn boxed(&self, i: usize) -> PyResult<Box<Expr>> {
        self.expr(i).map(Box::new)
    }

    fn opt_expr(&self, i: usize) -> PyResult<Option<Expr>> {
        self.opt(i, Node::to_expr)
    }

    fn opt_boxed(&self, i: usize) -> PyResult<Option<Box<Expr>>> {
        Ok(self.opt_expr(i)?.map(Box::new))
    }

    fn idents(&self, i: usize) -> PyResult<Vec<Ident>> {
        list(self.field(i)?)?.iter().map(ident).collect()
    }

    fn flag(&self, i: usize) -> PyResult<bool> {
        Ok(int(self.field(i)?)? != 0)
    }

    fn unknown<T>(&self, what: &str) -> PyResult<T> {
        Err(type_error(format!(
            "expected some sort of {what}, but got {}",
            self.name
        )))
    }

    // ----- statements -----

    fn to_stmt(&self) -> PyResult<Stmt> {
        let (kind, n) = self.stmt_kind()?;
        Ok(Stmt {
            span: self.span(n)?,
            kind,
        })
    }

    /// The statement and its number of fields.
    fn stmt_kind(&self) -> PyResult<(StmtKind, usize)> {
        Ok(match self.name {
            "FunctionDef" | "AsyncFunctionDef" => (
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: ident(self.field(0)?)?,
                    args: self.child(1)?.arguments()?,
                    body: self.stmts(2)?,
                    decorators: self.exprs(3)?,
                    returns: self.opt_expr(4)?,
                    is_async: self.name == "AsyncFunctionDef",
                })),
                6,
            ),
            "ClassDef" => (
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: ident(self.field(0)?)?,
                    bases: self.exprs(1)?,
                    keywords: self.seq(2, |n| n.keyword())?,
                    body: self.stmts(3)?,
                    decorators: self.exprs(4)?,
                })),
                5,
            ),
            "Return" => (StmtKind::Return(self.opt_expr(0)?), 1),
            "Delete" => (StmtKind::Delete(self.exprs(0)?), 1),
            "Assign" => (
                StmtKind::Assign {
                    targets: self.exprs(0)?,
                    value: self.expr(1)?,
                },
                3,
            ),
            "AugAssign" => (
                StmtKind::AugAssign {
                    target: self.expr(0)?,
                    op: self.child(1)?.bin_op()?,
                    value: self.expr(2)?,
                },
                3,
            ),
            "AnnAssign" => (
                StmtKind::AnnAssign {
                    target: self.expr(0)?,
                    annotation: self.expr(1)?,
                    value: self.opt_expr(2)?,
                    simple: self.flag(3)?,
                },
                4,
            ),
            "For" | "AsyncFor" => (
                StmtKind::For {
                    target: self.expr(0)?,
                    iter: self.expr(1)?,
                    body: self.stmts(2)?,
                    orelse: self.stmts(3)?,
                    is_async: self.name == "AsyncFor",
                },
                5,
            ),
            "While" => (
                StmtKind::While {
                    test: self.expr(0)?,
                    body: self.stmts(1)?,
                    orelse: self.stmts(2)?,
                },
                3,
            ),
            "If" => (
                StmtKind::If {
                    test: self.expr(0)?,
                    body: self.stmts(1)?,
                    orelse: self.stmts(2)?,
                },
                3,
            ),
            "With" | "AsyncWith" => (
                StmtKind::With {
                    items: self.seq(0, |n| n.with_item())?,
                    body: self.stmts(1)?,
                    is_async: self.name == "AsyncWith",
                },
                3,
            ),
            "Match" => (
                StmtKind::Match {
                    subject: self.expr(0)?,
                    cases: self.seq(1, |n| n.match_case())?,
                },
                2,
            ),
            "Raise" => (
                StmtKind::Raise {
                    exc: self.opt_expr(0)?,
                    cause: self.opt_expr(1)?,
                },
                2,
            ),
            "Try" | "TryStar" => {
                let (body, handlers) = (self.stmts(0)?, self.seq(1, |n| n.handler())?);
                let (orelse, finalbody) = (self.stmts(2)?, self.stmts(3)?);
                let kind = if self.name == "Try" {
                    StmtKind::Try {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                } else {
                    StmtKind::TryStar {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                };
                (kind, 4)
            }
            "Assert" => (
                StmtKind::Assert {
                    test: self.expr(0)?,
                    msg: self.opt_expr(1)?,
                },
                2,
            ),
            "Import" => (StmtKind::Import(self.seq(0, |n| n.alias())?), 1),
            "ImportFrom" => (
                StmtKind::ImportFrom {
                    module: opt_ident(self.field(0)?)?,
                    names: self.seq(1, |n| n.alias())?,
                    level: match self.field(2)? {
                        Value::None => 0,
                        v if int(v)? < 0 => return Err(value_error("Negative ImportFrom level")),
                        v => u32_of(v)?,
                    },
                },
                3,
            ),
            "Global" => (StmtKind::Global(self.idents(0)?), 1),
            "Nonlocal" => (StmtKind::Nonlocal(self.idents(0)?), 1),
            "Expr" => (StmtKind::Expr(self.expr(0)?), 1),
            "Pass" => (StmtKind::Pass, 0),
            "Break" => (StmtKind::Break, 0),
            "Continue" => (StmtKind::Continue, 0),
            _ => return self.unknown("stmt"),
        })
    }

    fn arguments(&self) -> PyResult<Arguments> {
        let one = |i: usize| self.opt(i, Node::arg);
        let a = Arguments {
            posonlyargs: self.seq(0, |n| n.arg())?,
            args: self.seq(1, |n| n.arg())?,
            vararg: one(2)?,
            kwonlyargs: self.seq(3, |n| n.arg())?,
            kw_defaults: list(self.field(4)?)?
                .iter()
                .map(|v| match v {
                    Value::None => Ok(None),
                    v => self.sub(v)?.to_expr().map(Some),
                })
                .collect::<PyResult<_>>()?,
            kwarg: one(5)?,
            defaults: self.exprs(6)?,
        };
        if a.defaults.len() > a.posonlyargs.len() + a.args.len() {
            return Err(value_error(
                "more positional defaults than args on arguments",
            ));
        }
        if a.kw_defaults.len() != a.kwonlyargs.len() {
            return Err(value_error(
                "length of kwonlyargs is not the same as kw_defaults on arguments",
            ));
        }
        Ok(a)
    }

    fn arg(&self) -> PyResult<Arg> {
        Ok(Arg {
            name: ident(self.field(0)?)?,
            annotation: self.opt_expr(1)?,
            span: self.span(3)?,
        })
    }

    fn keyword(&self) -> PyResult<Keyword> {
        Ok(Keyword {
            arg: opt_ident(self.field(0)?)?,
            value: self.expr(1)?,
            span: self.span(2)?,
        })
    }

    fn alias(&self) -> PyResult<Alias> {
        Ok(Alias {
            name: ident(self.field(0)?)?,
            asname: opt_ident(self.field(1)?)?,
            span: self.span(2)?,
        })
    }

    fn with_item(&self) -> PyResult<WithItem> {
        Ok(WithItem {
            context_expr: self.expr(0)?,
            optional_vars: self.opt_expr(1)?,
        })
    }

    fn handler(&self) -> PyResult<ExceptHandler> {
        Ok(ExceptHandler {
            typ: self.opt_expr(0)?,
            name: opt_ident(self.field(1)?)?,
            body: self.stmts(2)?,
            span: self.span(3)?,
        })
    }

    fn match_case(&self) -> PyResult<MatchCase> {
        Ok(MatchCase {
            pattern: self.child(0)?.pattern()?,
            guard: self.opt_expr(1)?,
            body: self.stmts(2)?,
        })
    }

    fn comprehension(&self) -> PyResult<Comprehension> {
        Ok(Comprehension {
            target: self.expr(0)?,
            iter: self.expr(1)?,
            ifs: self.exprs(2)?,
            is_async: self.flag(3)?,
        })
    }

    fn generators(&self, i: usize) -> PyResult<Vec<Comprehension>> {
        self.seq(i, |n| n.comprehension())
    }

    // ----- expressions -----

    fn to_expr(&self) -> PyResult<Expr> {
        let (kind, n) = self.expr_kind()?;
        Ok(Expr {
            span: self.span(n)?,
            kind,
        })
    }

    fn ctx(&self, i: usize) -> PyResult<ExprContext> {
        let c = self.child(i)?;
        Ok(match c.name {
            "Load" => ExprContext::Load,
            "Store" => ExprContext::Store,
            "Del" => ExprContext::Del,
            _ => return c.unknown("expr_context"),
        })
    }

    /// The expression and its number of fields.
    fn expr_kind(&self) -> PyResult<(ExprKind, usize)> {
        Ok(match self.name {
            "BoolOp" => {
                let op = self.child(0)?;
                let op = match op.name {
                    "And" => BoolOp::And,
                    "Or" => BoolOp::Or,
                    _ => return op.unknown("boolop"),
                };
                (
                    ExprKind::BoolOp {
                        op,
                        values: self.exprs(1)?,
                    },
                    2,
                )
            }
            "NamedExpr" => (
                ExprKind::NamedExpr {
                    target: self.boxed(0)?,
                    value: self.boxed(1)?,
                },
                2,
            ),
            "BinOp" => (
                ExprKind::BinOp {
                    left: self.boxed(0)?,
                    op: self.child(1)?.bin_op()?,
                    right: self.boxed(2)?,
                },
                3,
            ),
            "UnaryOp" => (
                ExprKind::UnaryOp {
                    op: self.child(0)?.unary_op()?,
                    operand: self.boxed(1)?,
                },
                2,
            ),
            "Lambda" => (
                ExprKind::Lambda {
                    args: Box::new(self.child(0)?.arguments()?),
                    body: self.boxed(1)?,
                },
                2,
            ),
            "IfExp" => (
                ExprKind::IfExp {
                    test: self.boxed(0)?,
                    body: self.boxed(1)?,
                    orelse: self.boxed(2)?,
                },
                3,
            ),
            "Dict" => {
                let keys = list(self.field(0)?)?
                    .iter()
                    .map(|v| match v {
                        Value::None => Ok(None),
                        v => self.sub(v)?.to_expr().map(Some),
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                let values = self.exprs(1)?;
                if keys.len() != values.len() {
                    return Err(value_error(
                        "Dict doesn't have the same number of keys as values",
                    ));
                }
                (ExprKind::Dict { keys, values }, 2)
            }
            "Set" => (ExprKind::Set(self.exprs(0)?), 1),
            "ListComp" => (
                ExprKind::ListComp {
                    elt: self.boxed(0)?,
                    generators: self.generators(1)?,
                },
                2,
            ),
            "SetComp" => (
                ExprKind::SetComp {
                    elt: self.boxed(0)?,
                    generators: self.generators(1)?,
                },
                2,
            ),
            "DictComp" => (
                ExprKind::DictComp {
                    key: self.boxed(0)?,
                    value: self.boxed(1)?,
                    generators: self.generators(2)?,
                },
                3,
            ),
            "GeneratorExp" => (
                ExprKind::GeneratorExp {
                    elt: self.boxed(0)?,
                    generators: self.generators(1)?,
                },
                2,
            ),
            "Await" => (ExprKind::Await(self.boxed(0)?), 1),
            "Yield" => (ExprKind::Yield(self.opt_boxed(0)?), 1),
            "YieldFrom" => (ExprKind::YieldFrom(self.boxed(0)?), 1),
            "Compare" => {
                let ops = self.seq(1, |n| n.cmp_op())?;
                let comparators = self.exprs(2)?;
                if ops.is_empty() {
                    return Err(value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(value_error(
                        "Compare has a different number of comparators and operands",
                    ));
                }
                let left = self.boxed(0)?;
                (
                    ExprKind::Compare {
                        left,
                        ops,
                        comparators,
                    },
                    3,
                )
            }
            "Call" => (
                ExprKind::Call {
                    func: self.boxed(0)?,
                    args: self.exprs(1)?,
                    keywords: self.seq(2, |n| n.keyword())?,
                },
                3,
            ),
            "FormattedValue" => (
                ExprKind::FormattedValue {
                    value: self.boxed(0)?,
                    conversion: i32::try_from(int(self.field(1)?)?)
                        .map_err(|_| value_error("invalid conversion"))?,
                    format_spec: self.opt_boxed(2)?,
                },
                3,
            ),
            "JoinedStr" => (ExprKind::JoinedStr(self.exprs(0)?), 1),
            "Constant" => (ExprKind::Constant(constant(self.field(0)?)?), 2),
            "Attribute" => (
                ExprKind::Attribute {
                    value: self.boxed(0)?,
                    attr: ident(self.field(1)?)?,
                    ctx: self.ctx(2)?,
                },
                3,
            ),
            "Subscript" => (
                ExprKind::Subscript {
                    value: self.boxed(0)?,
                    slice: self.boxed(1)?,
                    ctx: self.ctx(2)?,
                },
                3,
            ),
            "Starred" => (
                ExprKind::Starred {
                    value: self.boxed(0)?,
                    ctx: self.ctx(1)?,
                },
                2,
            ),
            "Name" => (
                ExprKind::Name {
                    id: ident(self.field(0)?)?,
                    ctx: self.ctx(1)?,
                },
                2,
            ),
            "List" => (
                ExprKind::List {
                    elts: self.exprs(0)?,
                    ctx: self.ctx(1)?,
                },
                2,
            ),
            "Tuple" => (
                ExprKind::Tuple {
                    elts: self.exprs(0)?,
                    ctx: self.ctx(1)?,
                },
                2,
            ),
            "Slice" => (
                ExprKind::Slice {
                    lower: self.opt_boxed(0)?,
                    upper: self.opt_boxed(1)?,
                    step: self.opt_boxed(2)?,
                },
                3,
            ),
            _ => return self.unknown("expr"),
        })
    }

    fn bin_op(&self) -> PyResult<BinOp> {
        Ok(match self.name {
            "Add" => BinOp::Add,
            "Sub" => BinOp::Sub,
            "Mult" => BinOp::Mult,
            "MatMult" => BinOp::MatMult,
            "Div" => BinOp::Div,
            "Mod" => BinOp::Mod,
            "Pow" => BinOp::Pow,
            "LShift" => BinOp::LShift,
            "RShift" => BinOp::RShift,
            "BitOr" => BinOp::BitOr,
            "BitXor" => BinOp::BitXor,
            "BitAnd" => BinOp::BitAnd,
            "FloorDiv" => BinOp::FloorDiv,
            _ => return self.unknown("operator"),
        })
    }

    fn unary_op(&self) -> PyResult<UnaryOp> {
        Ok(match self.name {
            "Invert" => UnaryOp::Invert,
            "Not" => UnaryOp::Not,
            "UAdd" => UnaryOp::UAdd,
            "USub" => UnaryOp::USub,
            _ => return self.unknown("unaryop"),
        })
    }

    fn cmp_op(&self) -> PyResult<CmpOp> {
        Ok(match self.name {
            "Eq" => CmpOp::Eq,
            "NotEq" => CmpOp::NotEq,
            "Lt" => CmpOp::Lt,
            "LtE" => CmpOp::LtE,
            "Gt" => CmpOp::Gt,
            "GtE" => CmpOp::GtE,
            "Is" => CmpOp::Is,
            "IsNot" => CmpOp::IsNot,
            "In" => CmpOp::In,
            "NotIn" => CmpOp::NotIn,
            _ => return self.unknown("cmpop"),
        })
    }

    // ----- patterns -----

    fn patterns(&self, i: usize) -> PyResult<Vec<Pattern>> {
        self.seq(i, |n| n.pattern())
    }

    fn pattern(&self) -> PyResult<Pattern> {
        let (kind, n) = match self.name {
            "MatchValue" => (PatternKind::MatchValue(self.expr(0)?), 1),
            "MatchSingleton" => (PatternKind::MatchSingleton(constant(self.field(0)?)?), 1),
            "MatchSequence" => (PatternKind::MatchSequence(self.patterns(0)?), 1),
            "MatchMapping" => {
                let (keys, patterns) = (self.exprs(0)?, self.patterns(1)?);
                if keys.len() != patterns.len() {
                    return Err(value_error(
                        "MatchMapping doesn't have the same number of keys as patterns",
                    ));
                }
                let rest = opt_ident(self.field(2)?)?;
                (
                    PatternKind::MatchMapping {
                        keys,
                        patterns,
                        rest,
                    },
                    3,
                )
            }
            "MatchClass" => {
                let (kwd_attrs, kwd_patterns) = (self.idents(2)?, self.patterns(3)?);
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(value_error(
                        "MatchClass doesn't have the same number of keyword attributes as patterns",
                    ));
                }
                (
                    PatternKind::MatchClass {
                        cls: self.expr(0)?,
                        patterns: self.patterns(1)?,
                        kwd_attrs,
                        kwd_patterns,
                    },
                    4,
                )
            }
            "MatchStar" => (PatternKind::MatchStar(opt_ident(self.field(0)?)?), 1),
            "MatchAs" => (
                PatternKind::MatchAs {
                    pattern: self.opt(0, Node::pattern)?.map(Box::new),
                    name: opt_ident(self.field(1)?)?,
                },
                2,
            ),
            "MatchOr" => (PatternKind::MatchOr(self.patterns(0)?), 1),
            _ => return self.unknown("pattern"),
        };
        Ok(Pattern {
            span: self.span(n)?,
            kind,
        })
    }
}
