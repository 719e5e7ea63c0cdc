//! The helper's record as the built-in engine's steps (placeholder, filled below).
