//! The line diff under [`crate::unified`]: Myers' O((N+M)·D) shortest edit script over the
//! lines between the common prefix and suffix. Past [`MAX_EDITS`] edits (a rewrite, not an
//! edit) it stops searching and replaces the middle whole, which is still a correct diff, only
//! not a minimal one; this bounds time and memory.

use std::collections::BTreeMap;

/// One step of the edit script, by 0-based line index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `old[i]` equals `new[j]`.
    Equal(usize, usize),
    /// `old[i]` goes.
    Delete(usize),
    /// `new[j]` comes.
    Insert(usize),
}

/// Most edits the search looks for before giving up on a minimal script.
pub const MAX_EDITS: usize = 1500;

/// The lines of `text`, each with its `\n` (the last one without, when the text does not end
/// with one).
pub fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// An edit script from `old` to `new`; within each run of changes, deletions come first.
pub fn diff<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Op> {
    let mut ids: BTreeMap<&str, u32> = BTreeMap::new();
    let mut intern = |lines: &[&'a str]| -> Vec<u32> {
        lines
            .iter()
            .map(|s| {
                let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                *ids.entry(*s).or_insert(next)
            })
            .collect()
    };
    let a = intern(old);
    let b = intern(new);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Equal(i, i)).collect();
    let middle = myers(am, bm).unwrap_or_else(|| {
        let del = (0..am.len()).map(Op::Delete);
        del.chain((0..bm.len()).map(Op::Insert)).collect()
    });
    ops.extend(middle.into_iter().map(|op| match op {
        Op::Equal(i, j) => Op::Equal(i + prefix, j + prefix),
        Op::Delete(i) => Op::Delete(i + prefix),
        Op::Insert(j) => Op::Insert(j + prefix),
    }));
    let (a0, b0) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|i| Op::Equal(a0 + i, b0 + i)));
    deletions_first(ops)
}

/// Reorders each run of changes so its deletions precede its insertions.
fn deletions_first(ops: Vec<Op>) -> Vec<Op> {
    let mut out = Vec::with_capacity(ops.len());
    let mut ins = Vec::new();
    for op in ops {
        match op {
            Op::Equal(..) => {
                out.append(&mut ins);
                out.push(op);
            }
            Op::Delete(_) => out.push(op),
            Op::Insert(_) => ins.push(op),
        }
    }
    out.append(&mut ins);
    out
}

/// The shortest edit script, or `None` past [`MAX_EDITS`].
fn myers(a: &[u32], b: &[u32]) -> Option<Vec<Op>> {
    let (n, m) = (to_i32(a.len())?, to_i32(b.len())?);
    let max = n + m;
    let off = max + 1;
    let mut v = vec![0i32; 2 * usize::try_from(max).ok()? + 3];
    // trace[d]: V before round d, for k in -(d+1)..=(d+1).
    let mut trace: Vec<Vec<i32>> = Vec::new();
    let at = |k: i32| usize::try_from(k + off).unwrap_or(0);
    let mut done = None;
    'search: for d in 0..=max.min(to_i32(MAX_EDITS)?) {
        trace.push(v[at(-d - 1)..=at(d + 1)].to_vec());
        for k in (-d..=d).step_by(2) {
            let mut x =
                if k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]) { v[at(k + 1)] } else { v[at(k - 1)] + 1 };
            let mut y = x - k;
            while x < n && y < m && a[idx(x)] == b[idx(y)] {
                x += 1;
                y += 1;
            }
            v[at(k)] = x;
            if x >= n && y >= m {
                done = Some(d);
                break 'search;
            }
        }
    }
    let total = done?;
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (0..=total).rev() {
        let snap = &trace[idx(d)];
        let get = |k: i32| snap[idx(k + d + 1)];
        let k = x - y;
        let prev_k = if k == -d || (k != d && get(k - 1) < get(k + 1)) { k + 1 } else { k - 1 };
        let prev_x = get(prev_k);
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            ops.push(Op::Equal(idx(x - 1), idx(y - 1)));
            x -= 1;
            y -= 1;
        }
        if d > 0 {
            ops.push(if x == prev_x { Op::Insert(idx(y - 1)) } else { Op::Delete(idx(x - 1)) });
        }
        (x, y) = (prev_x, prev_y);
    }
    ops.reverse();
    Some(ops)
}

fn to_i32(n: usize) -> Option<i32> {
    i32::try_from(n).ok().filter(|&n| n < i32::MAX / 4)
}

fn idx(i: i32) -> usize {
    usize::try_from(i).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(old: &[&str], new: &[&str], ops: &[Op]) -> Vec<String> {
        let mut out = Vec::new();
        let (mut i, mut j) = (0, 0);
        for op in ops {
            match *op {
                Op::Equal(a, b) => {
                    assert_eq!((a, b), (i, j));
                    assert_eq!(old[a], new[b]);
                    out.push(old[a].to_string());
                    (i, j) = (i + 1, j + 1);
                }
                Op::Delete(a) => {
                    assert_eq!(a, i);
                    i += 1;
                }
                Op::Insert(b) => {
                    assert_eq!(b, j);
                    out.push(new[b].to_string());
                    j += 1;
                }
            }
        }
        assert_eq!((i, j), (old.len(), new.len()));
        out
    }

    #[test]
    fn the_script_is_minimal_and_ordered() {
        let old = lines("a\nb\nc\na\nb\nb\na\n");
        let new = lines("c\nb\na\nb\na\nc\n");
        let ops = diff(&old, &new);
        assert_eq!(apply(&old, &new, &ops), new);
        let edits = ops.iter().filter(|o| !matches!(o, Op::Equal(..))).count();
        assert_eq!(edits, 5, "the classic example needs 5 edits: {ops:?}");
        assert_eq!(diff(&[], &[]), vec![]);
        assert_eq!(diff(&["x"], &[]), vec![Op::Delete(0)]);
        assert_eq!(diff(&["a\n", "x\n"], &["a\n", "y\n"]), vec![Op::Equal(0, 0), Op::Delete(1), Op::Insert(1)]);
    }

    #[test]
    fn a_rewrite_past_the_limit_is_still_correct() {
        let old: Vec<String> = (0..2000).map(|i| format!("o{i}\n")).collect();
        let new: Vec<String> = (0..2000).map(|i| format!("n{i}\n")).collect();
        let (o, n): (Vec<&str>, Vec<&str>) =
            (old.iter().map(|s| s.as_str()).collect(), new.iter().map(|s| s.as_str()).collect());
        let ops = diff(&o, &n);
        assert_eq!(apply(&o, &n, &ops), n);
    }
}
