//! Browser entry point.
fn main() {}
