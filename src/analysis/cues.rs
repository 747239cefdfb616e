//! Reporting cues.
