//! The native command-line tool.
fn main() {}
