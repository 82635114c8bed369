//! Expansion snapshots: the generated code of representative inputs, pretty-printed, so
//! that a change to it shows in review.
