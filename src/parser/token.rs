//! Token kinds and the token record shared by the lexer and the parser.
//!
//! Invariant: a token's `line`/`col`/`end_line`/`end_col` are CPython's token
//! positions (1-based lines, 0-based byte columns). For the synthetic kinds
//! (`Indent`, `Dedent`, `EndMarker`, `Error`), which CPython gives no column,
//! `col`/`end_col` hold the tokenizer's cursor column instead; error reporting
//! relies on that (see `Tok::is_synthetic`).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Tok {
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// Where the lexer stopped on an error; the parser never consumes it.
    Error,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    CircumFlex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// A printable character that is no Python token (`$`, `?`, `!`, `` ` ``,
    /// `<>`): CPython's generic OP, which no grammar rule accepts.
    Op,
}

impl Tok {
    /// Tokens to which CPython gives no column (`col_offset == -1`).
    pub(crate) fn is_synthetic(self) -> bool {
        matches!(
            self,
            Tok::Indent | Tok::Dedent | Tok::EndMarker | Tok::Error
        )
    }

    pub(crate) fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// One-character operators (CPython's `PyToken_OneChar`).
    pub(crate) fn one_char(c: u8) -> Option<Tok> {
        Some(match c {
            b'(' => Tok::LPar,
            b')' => Tok::RPar,
            b'[' => Tok::LSqb,
            b']' => Tok::RSqb,
            b'{' => Tok::LBrace,
            b'}' => Tok::RBrace,
            b':' => Tok::Colon,
            b',' => Tok::Comma,
            b';' => Tok::Semi,
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'*' => Tok::Star,
            b'/' => Tok::Slash,
            b'|' => Tok::VBar,
            b'&' => Tok::Amper,
            b'<' => Tok::Less,
            b'>' => Tok::Greater,
            b'=' => Tok::Equal,
            b'.' => Tok::Dot,
            b'%' => Tok::Percent,
            b'~' => Tok::Tilde,
            b'^' => Tok::CircumFlex,
            b'@' => Tok::At,
            _ => return None,
        })
    }

    /// Two-character operators (`PyToken_TwoChars`); `<>` maps to `Op`.
    pub(crate) fn two_chars(a: u8, b: u8) -> Option<Tok> {
        Some(match (a, b) {
            (b'!', b'=') => Tok::NotEqual,
            (b'%', b'=') => Tok::PercentEqual,
            (b'&', b'=') => Tok::AmperEqual,
            (b'*', b'*') => Tok::DoubleStar,
            (b'*', b'=') => Tok::StarEqual,
            (b'+', b'=') => Tok::PlusEqual,
            (b'-', b'=') => Tok::MinEqual,
            (b'-', b'>') => Tok::RArrow,
            (b'/', b'/') => Tok::DoubleSlash,
            (b'/', b'=') => Tok::SlashEqual,
            (b':', b'=') => Tok::ColonEqual,
            (b'<', b'<') => Tok::LeftShift,
            (b'<', b'=') => Tok::LessEqual,
            (b'<', b'>') => Tok::Op,
            (b'=', b'=') => Tok::EqEqual,
            (b'>', b'=') => Tok::GreaterEqual,
            (b'>', b'>') => Tok::RightShift,
            (b'@', b'=') => Tok::AtEqual,
            (b'^', b'=') => Tok::CircumflexEqual,
            (b'|', b'=') => Tok::VBarEqual,
            _ => return None,
        })
    }

    /// Three-character operators (`PyToken_ThreeChars`).
    pub(crate) fn three_chars(a: u8, b: u8, c: u8) -> Option<Tok> {
        Some(match (a, b, c) {
            (b'*', b'*', b'=') => Tok::DoubleStarEqual,
            (b'.', b'.', b'.') => Tok::Ellipsis,
            (b'/', b'/', b'=') => Tok::DoubleSlashEqual,
            (b'<', b'<', b'=') => Tok::LeftShiftEqual,
            (b'>', b'>', b'=') => Tok::RightShiftEqual,
            _ => return None,
        })
    }
}

/// A token: its kind, its paren nesting level after it (CPython's
/// `token->level`), its byte range in the lexed text, and its position.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub kind: Tok,
    pub level: u8,
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}
