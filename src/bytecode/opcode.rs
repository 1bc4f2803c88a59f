//! The instruction set: this table is its only definition.
//!
//! An instruction is one 16-bit code unit: an 8-bit opcode and an 8-bit
//! argument. Larger arguments are built by `ExtendedArg` prefixes (each
//! shifts the accumulated argument left by 8), as in CPython 3.11. Jump
//! arguments are absolute code-unit offsets.
//!
//! Calls follow CPython 3.11: the callable and a "self or NULL" slot are
//! pushed before the arguments; `LoadMethod` fills both (method + self),
//! other callables get `PushNull`. A bound-method object is unpacked into
//! the two slots at call time, so method calls never allocate.
//!
//! Exception handling uses a per-frame block stack (CPython <= 3.10):
//! `SetupFinally` pushes a handler, `PopBlock` pops it. When an exception
//! reaches a handler block, the stack is cut to the block's depth, the
//! previously handled exception and the new one are pushed, and the handler
//! runs with the new one as the handled exception. A `SetupCleanup` block
//! (around handler bodies) instead receives only the new exception, and its
//! code (`PopExceptReraise`) restores the previous handled exception.
//!
//! The macro's columns: variant, CPython-style name, stack effect (for the
//! compiler's depth computation: a function of the argument), and whether
//! the argument is a jump target.

macro_rules! opcodes {
    ($($(#[doc = $doc:literal])* $name:ident = $pyname:literal, effect: |$a:ident| $effect:expr, jump: $jump:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Opcode { $($(#[doc = $doc])* $name,)* }

        pub const OPCODE_COUNT: usize = [$(Opcode::$name),*].len();
        const ALL: [Opcode; OPCODE_COUNT] = [$(Opcode::$name),*];

        impl Opcode {
            /// CPython-style upper-case name, as `dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => $pyname,)* }
            }

            /// Net change of the stack depth (for the fall-through path).
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32) -> i32 {
                match self { $(Opcode::$name => { let $a = arg as i32; $effect })* }
            }

            /// Does the argument name a jump target?
            pub fn is_jump(self) -> bool {
                match self { $(Opcode::$name => $jump,)* }
            }

            pub fn from_u8(b: u8) -> Option<Opcode> {
                ALL.get(b as usize).copied()
            }
        }
    };
}

opcodes! {
    /// Prefix: widens the next instruction's argument by 8 bits.
    ExtendedArg = "EXTENDED_ARG", effect: |a| 0, jump: false;
    Nop = "NOP", effect: |a| 0, jump: false;
    /// Stack: x =>
    PopTop = "POP_TOP", effect: |a| -1, jump: false;
    /// Stack: => NULL
    PushNull = "PUSH_NULL", effect: |a| 1, jump: false;
    /// Stack: x(a) ... => x(a) ... x(a)   (a counts from 1 = top)
    Copy = "COPY", effect: |a| 1, jump: false;
    /// Swap top with the a-th item (a >= 2).
    Swap = "SWAP", effect: |a| 0, jump: false;
    /// Stack: => consts[a]
    LoadConst = "LOAD_CONST", effect: |a| 1, jump: false;
    /// Stack: => locals[a]  (UnboundLocalError if unbound)
    LoadFast = "LOAD_FAST", effect: |a| 1, jump: false;
    /// Stack: x =>   (locals[a] = x)
    StoreFast = "STORE_FAST", effect: |a| -1, jump: false;
    DeleteFast = "DELETE_FAST", effect: |a| 0, jump: false;
    /// Stack: => cell_a.contents  (cells, then free variables)
    LoadDeref = "LOAD_DEREF", effect: |a| 1, jump: false;
    StoreDeref = "STORE_DEREF", effect: |a| -1, jump: false;
    DeleteDeref = "DELETE_DEREF", effect: |a| 0, jump: false;
    /// Stack: => cell_a (the cell itself, for closures)
    LoadClosure = "LOAD_CLOSURE", effect: |a| 1, jump: false;
    /// Class bodies: locals dict first, then cell a.
    LoadClassDeref = "LOAD_CLASSDEREF", effect: |a| 1, jump: false;
    /// Stack: => globals/builtins[names[a]]
    LoadGlobal = "LOAD_GLOBAL", effect: |a| 1, jump: false;
    StoreGlobal = "STORE_GLOBAL", effect: |a| -1, jump: false;
    DeleteGlobal = "DELETE_GLOBAL", effect: |a| 0, jump: false;
    /// Stack: => locals/globals/builtins[names[a]] (module and class bodies)
    LoadName = "LOAD_NAME", effect: |a| 1, jump: false;
    StoreName = "STORE_NAME", effect: |a| -1, jump: false;
    DeleteName = "DELETE_NAME", effect: |a| 0, jump: false;
    /// Stack: obj => obj.names[a]
    LoadAttr = "LOAD_ATTR", effect: |a| 0, jump: false;
    /// Stack: value, obj =>
    StoreAttr = "STORE_ATTR", effect: |a| -2, jump: false;
    DeleteAttr = "DELETE_ATTR", effect: |a| -1, jump: false;
    /// Stack: obj => method, obj   |   attr, NULL
    LoadMethod = "LOAD_METHOD", effect: |a| 1, jump: false;
    /// Stack: container, key => container[key]
    BinarySubscr = "BINARY_SUBSCR", effect: |a| -1, jump: false;
    /// Stack: value, container, key =>
    StoreSubscr = "STORE_SUBSCR", effect: |a| -3, jump: false;
    DeleteSubscr = "DELETE_SUBSCR", effect: |a| -2, jump: false;
    /// Stack: left, right => left op right   (a: ast::BinOp, +13 for in-place)
    BinaryOp = "BINARY_OP", effect: |a| -1, jump: false;
    /// Stack: x => op x   (a: 0 -, 1 +, 2 ~, 3 not)
    UnaryOp = "UNARY_OP", effect: |a| 0, jump: false;
    /// Stack: left, right => result   (a: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=)
    CompareOp = "COMPARE_OP", effect: |a| -1, jump: false;
    /// Stack: left, right => bool   (a = 1: is not)
    IsOp = "IS_OP", effect: |a| -1, jump: false;
    /// Stack: item, container => bool   (a = 1: not in)
    ContainsOp = "CONTAINS_OP", effect: |a| -1, jump: false;
    /// Stack: x1..xa => tuple
    BuildTuple = "BUILD_TUPLE", effect: |a| 1 - a, jump: false;
    BuildList = "BUILD_LIST", effect: |a| 1 - a, jump: false;
    BuildSet = "BUILD_SET", effect: |a| 1 - a, jump: false;
    /// Stack: k1, v1, .. ka, va => dict
    BuildMap = "BUILD_MAP", effect: |a| 1 - 2 * a, jump: false;
    /// Stack: s1..sa => concatenation
    BuildString = "BUILD_STRING", effect: |a| 1 - a, jump: false;
    /// Stack: start, stop[, step] => slice   (a = 2 or 3)
    BuildSlice = "BUILD_SLICE", effect: |a| 1 - a, jump: false;
    /// Stack: list, .. (a-1 items) .., x => list, ..   (list is a-th from top after pop)
    ListAppend = "LIST_APPEND", effect: |a| -1, jump: false;
    SetAdd = "SET_ADD", effect: |a| -1, jump: false;
    /// Stack: dict, .., key, value => dict, ..
    MapAdd = "MAP_ADD", effect: |a| -2, jump: false;
    /// Stack: list, .., iterable => list, ..
    ListExtend = "LIST_EXTEND", effect: |a| -1, jump: false;
    SetUpdate = "SET_UPDATE", effect: |a| -1, jump: false;
    DictUpdate = "DICT_UPDATE", effect: |a| -1, jump: false;
    /// As DictUpdate, but duplicate keys are an error (`f(**a, **b)`).
    DictMerge = "DICT_MERGE", effect: |a| -1, jump: false;
    /// Stack: list => tuple
    ListToTuple = "LIST_TO_TUPLE", effect: |a| 0, jump: false;
    /// Stack: value[, spec] => str   (a & 3: 0 none, 1 str, 2 repr, 3 ascii; a & 4: has spec)
    FormatValue = "FORMAT_VALUE", effect: |a| if a & 4 != 0 { -1 } else { 0 }, jump: false;
    /// Stack: seq => x_a-1 .. x0  (x0 on top)
    UnpackSequence = "UNPACK_SEQUENCE", effect: |a| a - 1, jump: false;
    /// a = before | after << 8: `a, *b, c = seq`
    UnpackEx = "UNPACK_EX", effect: |a| (a & 0xff) + (a >> 8), jump: false;
    /// Stack: iterable => iterator
    GetIter = "GET_ITER", effect: |a| 0, jump: false;
    /// Stack: iter => iter, next  |  jump to a (iterator popped) when exhausted
    ForIter = "FOR_ITER", effect: |a| 1, jump: true;
    Jump = "JUMP_FORWARD", effect: |a| 0, jump: true;
    /// A loop's back edge: also a safe point (eval breaker check).
    JumpBackward = "JUMP_BACKWARD", effect: |a| 0, jump: true;
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", effect: |a| -1, jump: true;
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", effect: |a| -1, jump: true;
    /// Jump keeping x if false, else pop x.
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", effect: |a| -1, jump: true;
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", effect: |a| -1, jump: true;
    /// Stack: callable, self_or_null, arg1..arga => result
    Call = "CALL", effect: |a| -1 - a, jump: false;
    /// Stack: callable, self_or_null, arg1..arga, kwnames => result (last len(kwnames) args are keywords)
    CallKw = "CALL_KW", effect: |a| -2 - a, jump: false;
    /// Stack: callable, NULL, args_tuple[, kwargs_dict] => result   (a = 1: has kwargs)
    CallFunctionEx = "CALL_FUNCTION_EX", effect: |a| -2 - a, jump: false;
    /// Stack: [defaults] [kwdefaults] [annotations] [closure] code => function
    /// (a bits: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple of cells)
    MakeFunction = "MAKE_FUNCTION", effect: |a| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)), jump: false;
    /// Stack: value => (returns from the frame)
    ReturnValue = "RETURN_VALUE", effect: |a| -1, jump: false;
    /// Stack: => __build_class__
    LoadBuildClass = "LOAD_BUILD_CLASS", effect: |a| 1, jump: false;
    /// Stack: level, fromlist => module
    ImportName = "IMPORT_NAME", effect: |a| -1, jump: false;
    /// Stack: module => module, module.names[a]
    ImportFrom = "IMPORT_FROM", effect: |a| 1, jump: false;
    /// Stack: module =>   (from m import *)
    ImportStar = "IMPORT_STAR", effect: |a| -1, jump: false;
    /// Stack: [exc [cause]] =>   (a = number of operands: 0 re-raises)
    RaiseVarargs = "RAISE_VARARGS", effect: |a| -a, jump: false;
    /// Push a handler block for target a.
    SetupFinally = "SETUP_FINALLY", effect: |a| 0, jump: true;
    /// Push a cleanup block for target a (inside handlers).
    SetupCleanup = "SETUP_CLEANUP", effect: |a| 0, jump: true;
    /// Stack: exit, enter_result => exit, enter_result; pushes a handler block for a (depth excludes enter_result)
    SetupWith = "SETUP_WITH", effect: |a| 0, jump: true;
    PopBlock = "POP_BLOCK", effect: |a| 0, jump: false;
    /// Stack: prev_exc => ; restores the handled exception
    PopExcept = "POP_EXCEPT", effect: |a| -1, jump: false;
    /// Stack: prev_exc, exc => ; restores prev_exc and re-raises exc
    PopExceptReraise = "POP_EXCEPT_RERAISE", effect: |a| -2, jump: false;
    /// Stack: exc => ; re-raises exc
    Reraise = "RERAISE", effect: |a| -1, jump: false;
    /// Stack: exc, type => exc, bool
    CheckExcMatch = "CHECK_EXC_MATCH", effect: |a| 0, jump: false;
    /// Stack: exc, type => rest, match  |  exc, None   (`except*`: the
    /// match becomes the handled exception)
    CheckEgMatch = "CHECK_EG_MATCH", effect: |a| 0, jump: false;
    /// Stack: orig, list => exc | None   (what a `try`/`except*` re-raises)
    PrepReraiseStar = "PREP_RERAISE_STAR", effect: |a| -1, jump: false;
    /// Stack: mgr => exit, enter_result
    BeforeWith = "BEFORE_WITH", effect: |a| 1, jump: false;
    /// Stack: exit, prev_exc, exc => exit, prev_exc, exc, exit(type, exc, tb)
    WithExceptStart = "WITH_EXCEPT_START", effect: |a| 1, jump: false;
    /// First instruction of a generator function's code: create the generator
    /// from the current frame and return it to the caller.
    ReturnGenerator = "RETURN_GENERATOR", effect: |a| 0, jump: false;
    /// Stack: value => sent   (suspends the generator, yielding value)
    YieldValue = "YIELD_VALUE", effect: |a| 0, jump: false;
    /// Stack: iterable => iterator   (`yield from`: generators pass through)
    GetYieldFromIter = "GET_YIELD_FROM_ITER", effect: |a| 0, jump: false;
    /// Stack: subiter, value => subiter, yielded  | jump to a with: result  (subiter popped)
    /// Sends value into subiter; if it yields, the generator yields that and
    /// re-executes SEND on resume with the sent value; on StopIteration
    /// jumps to a with the return value replacing subiter.
    Send = "SEND", effect: |a| 0, jump: true;
    /// Stack: => AssertionError
    LoadAssertionError = "LOAD_ASSERTION_ERROR", effect: |a| 1, jump: false;
    /// Create `__annotations__` in the locals dict if absent.
    SetupAnnotations = "SETUP_ANNOTATIONS", effect: |a| 0, jump: false;
    /// Stack: obj => awaitable iterator   (`await obj`: a coroutine passes
    /// through, otherwise `obj.__await__()`, which must be an iterator;
    /// TypeError if obj is not awaitable). Then a `SEND` loop as for
    /// `yield from`. The argument is CPython's (0 for `await`).
    GetAwaitable = "GET_AWAITABLE", effect: |a| 0, jump: false;
    /// Stack: value => wrapped value   (async generators: marks a value of
    /// `yield`, as opposed to one passed up through an inner `await`).
    AsyncGenWrap = "ASYNC_GEN_WRAP", effect: |a| 0, jump: false;
    /// Stack: x => x, len(x)   (pattern length checks)
    GetLen = "GET_LEN", effect: |a| 1, jump: false;
    /// Stack: subject => subject, bool   (is it a mapping: dict or a subclass)
    MatchMapping = "MATCH_MAPPING", effect: |a| 1, jump: false;
    /// Stack: subject => subject, bool   (is it a sequence: list, tuple,
    /// range or a subclass; never str, bytes, bytearray)
    MatchSequence = "MATCH_SEQUENCE", effect: |a| 1, jump: false;
    /// Stack: subject, keys => subject, keys, values_tuple | None
    MatchKeys = "MATCH_KEYS", effect: |a| 1, jump: false;
    /// Stack: subject, cls, kwd_names => attrs_tuple | None
    /// (a = number of positional sub-patterns, via `__match_args__`)
    MatchClass = "MATCH_CLASS", effect: |a| -2, jump: false;
    /// Stack: value =>   (`single` mode: calls `sys.displayhook(value)`)
    PrintExpr = "PRINT_EXPR", effect: |a| -1, jump: false;
    /// Stack: obj => obj.__aiter__()   (`async for`)
    GetAiter = "GET_AITER", effect: |a| 0, jump: false;
    /// Stack: aiter => aiter, awaitable of aiter.__anext__()
    GetAnext = "GET_ANEXT", effect: |a| 1, jump: false;
    /// Stack: aiter, prev_exc, exc =>   (the `async for` handler: ends the
    /// loop on StopAsyncIteration, else restores prev_exc and re-raises)
    EndAsyncFor = "END_ASYNC_FOR", effect: |a| -3, jump: false;
    /// Stack: mgr => bound __aexit__, mgr.__aenter__()   (then GET_AWAITABLE 1)
    BeforeAsyncWith = "BEFORE_ASYNC_WITH", effect: |a| 1, jump: false;
    // Superinstructions: never emitted by the compiler; `bytecode::quicken`
    // writes them over the first of two adjacent instructions when a code
    // object is created. The second unit stays as it was (a jump may land
    // on it); the fused handler reads its argument and skips it. Effects
    // are those of the pair.
    /// LOAD_FAST a; LOAD_ATTR n: the attribute of a borrowed local.
    LoadFastAttr = "LOAD_FAST__LOAD_ATTR", effect: |a| 1, jump: false;
    /// LOAD_FAST a; STORE_ATTR n: stores into a borrowed local's attribute.
    LoadFastStoreAttr = "LOAD_FAST__STORE_ATTR", effect: |a| -1, jump: false;
    /// LOAD_FAST a; LOAD_FAST b
    LoadFastLoadFast = "LOAD_FAST__LOAD_FAST", effect: |a| 2, jump: false;
    /// LOAD_FAST a; LOAD_CONST c
    LoadFastLoadConst = "LOAD_FAST__LOAD_CONST", effect: |a| 2, jump: false;
    /// STORE_FAST a; LOAD_FAST b
    StoreFastLoadFast = "STORE_FAST__LOAD_FAST", effect: |a| 0, jump: false;
    /// FOR_ITER t; STORE_FAST b   (the next item goes straight to the local)
    ForIterStoreFast = "FOR_ITER__STORE_FAST", effect: |a| 0, jump: true;
    /// BINARY_OP a; STORE_FAST b
    BinaryOpStoreFast = "BINARY_OP__STORE_FAST", effect: |a| -2, jump: false;
    /// LOAD_GLOBAL a; PUSH_NULL   (a global about to be called)
    LoadGlobalPushNull = "LOAD_GLOBAL__PUSH_NULL", effect: |a| 2, jump: false;
    /// LOAD_FAST a; LOAD_CONST c; BINARY_OP op   (three units: `n - 1`)
    LoadFastConstBinaryOp = "LOAD_FAST__LOAD_CONST__BINARY_OP", effect: |a| 1, jump: false;
    /// LOAD_CONST c; BINARY_OP a   (right operand a constant)
    LoadConstBinaryOp = "LOAD_CONST__BINARY_OP", effect: |a| 0, jump: false;
    /// COMPARE_OP a; POP_JUMP_IF_FALSE t   (no bool is pushed)
    CompareJumpIfFalse = "COMPARE_OP__POP_JUMP_IF_FALSE", effect: |a| -2, jump: false;
    /// COMPARE_OP a; POP_JUMP_IF_TRUE t
    CompareJumpIfTrue = "COMPARE_OP__POP_JUMP_IF_TRUE", effect: |a| -2, jump: false;
}

/// Which table of the code object an instruction's argument indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgTable {
    /// `consts`
    Const,
    /// `names` (globals, attributes, imports)
    Name,
    /// `varnames` (fast locals)
    Local,
    /// `cellvars ++ freevars`
    Deref,
    /// Not an index (a count, an operator, flags, a jump target).
    None,
}

impl Opcode {
    /// The table this opcode's argument indexes (disassembler, checkers).
    pub fn arg_table(self) -> ArgTable {
        use Opcode::*;
        match self {
            LoadConst | LoadConstBinaryOp => ArgTable::Const,
            LoadGlobal | LoadGlobalPushNull | StoreGlobal | DeleteGlobal | LoadName | StoreName
            | DeleteName | LoadAttr | StoreAttr | DeleteAttr | LoadMethod | ImportName
            | ImportFrom => ArgTable::Name,
            LoadFast
            | StoreFast
            | DeleteFast
            | LoadFastAttr
            | LoadFastStoreAttr
            | LoadFastLoadFast
            | LoadFastLoadConst
            | StoreFastLoadFast
            | LoadFastConstBinaryOp => ArgTable::Local,
            LoadDeref | StoreDeref | DeleteDeref | LoadClosure | LoadClassDeref => ArgTable::Deref,
            _ => ArgTable::None,
        }
    }
}

/// `BinaryOp` argument offset for in-place variants.
pub const INPLACE: u32 = 13;

/// `CompareOp` arguments.
pub const CMP_LT: u32 = 0;
pub const CMP_LE: u32 = 1;
pub const CMP_EQ: u32 = 2;
pub const CMP_NE: u32 = 3;
pub const CMP_GT: u32 = 4;
pub const CMP_GE: u32 = 5;

/// A code unit: opcode and 8-bit argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct CodeUnit {
    pub op: Opcode,
    pub arg: u8,
}
