//! Percent-decoding of URL path segments and query-string parts, keeping the map from decoded
//! bytes back to raw byte offsets so errors can point into what the client actually sent.

use crate::error::QueryError;

/// Decoded text plus, for every decoded byte, the raw byte offset it came from.
pub(crate) struct Decoded {
    pub text: String,
    offsets: Vec<usize>,
    raw_len: usize,
}

impl Decoded {
    /// The raw offset of decoded byte `i` (the raw end for `i == text.len()`).
    pub fn raw_offset(&self, i: usize) -> usize {
        self.offsets.get(i).copied().unwrap_or(self.raw_len)
    }
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes `raw`. With `plus_as_space` (query strings), `+` decodes to a space.
/// `option` names the part of the request in errors; positions are offsets into `raw`.
pub(crate) fn percent_decode(raw: &str, plus_as_space: bool, option: &str) -> Result<Decoded, QueryError> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut offsets = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex);
                let lo = bytes.get(i + 2).copied().and_then(hex);
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push(hi * 16 + lo);
                        offsets.push(i);
                        i += 3;
                    }
                    _ => {
                        let end = (i + 3).min(bytes.len());
                        let shown = String::from_utf8_lossy(&bytes[i..end]);
                        return Err(QueryError::new(
                            option,
                            i,
                            format!("invalid percent-encoding `{shown}`"),
                            "`%` must be followed by two hex digits; send a literal `%` as `%25`",
                        ));
                    }
                }
            }
            b'+' if plus_as_space => {
                out.push(b' ');
                offsets.push(i);
                i += 1;
            }
            b => {
                out.push(b);
                offsets.push(i);
                i += 1;
            }
        }
    }
    match String::from_utf8(out) {
        Ok(text) => Ok(Decoded { text, offsets, raw_len: raw.len() }),
        Err(e) => {
            let at = offsets.get(e.utf8_error().valid_up_to()).copied().unwrap_or(raw.len());
            Err(QueryError::new(
                option,
                at,
                "percent-encoded bytes are not valid UTF-8",
                "percent-encode text as UTF-8 bytes",
            ))
        }
    }
}
