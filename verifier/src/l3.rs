//! L3: property tests (in progress).
