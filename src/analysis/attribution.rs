//! Attribution.
use super::Analysis;
pub fn attribute(_text: &str, _analysis: &mut Analysis) {}
