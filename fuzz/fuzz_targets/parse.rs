//! Fuzz target `parse`: arbitrary bytes through the tokenizer and parser.
//! Any input must give a module or a SyntaxError value, never a panic.
//! Invalid UTF-8 is replaced (U+FFFD), so every input reaches the lexer.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let _ = ferropy::parser::parse_module(&source);
    let _ = ferropy::parser::parse_expression(&source);
});
