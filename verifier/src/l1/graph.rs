//! The explored graph, stored compactly: each value is interned once and a state is the row
//! of its ids (status first) in one flat arena, found through an open-addressing table of
//! state numbers — no allocation per state. Successors are one flat edge list with an offset
//! per expanded state (states are expanded in the order they are numbered: breadth first).

use crate::{Move, State, Value};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's): one multiply per word; quality is enough for interned ids and values.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl Fx {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(26) ^ w).wrapping_mul(K);
    }
}

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let (chunks, rest) = bytes.as_chunks::<8>();
        for c in chunks {
            self.add(u64::from_le_bytes(*c));
        }
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// No parent / not expanded.
const NONE: u32 = u32::MAX;

pub struct Graph {
    /// Ids per state: the status, then one per variable.
    width: usize,
    statuses: Vec<String>,
    values: Vec<Value>,
    value_ids: FxMap<Value, u32>,
    arena: Vec<u32>,
    /// Open addressing, linear probing: `(hash >> 32) << 32 | (state + 1)`, 0 when free.
    slots: Vec<u64>,
    /// The BFS parent of each state and the move from it.
    parent: Vec<(u32, u32)>,
    /// Per state handled so far (a prefix, in order): where its edges start; one more entry
    /// closes the last range.
    starts: Vec<u32>,
    /// Per state handled so far: whether it was expanded.
    expanded: Vec<bool>,
    edges: Vec<(u32, u32)>,
    /// Ids of the integers `0..SMALL`, `NONE` until interned.
    small: Vec<u32>,
    /// What [`Graph::touch`] read, kept so the reads are not optimized away.
    touched: u64,
}

const SMALL: usize = 4096;

fn hash(key: &[u32]) -> u64 {
    let mut h = Fx::default();
    for &id in key {
        h.add(u64::from(id));
    }
    // Spread the high bits (the well-mixed ones) down for the slot index.
    h.0 ^ (h.0 >> 29)
}

impl Graph {
    pub fn new(vars: usize) -> Self {
        Self {
            width: vars + 1,
            statuses: Vec::new(),
            values: Vec::new(),
            value_ids: FxMap::default(),
            arena: Vec::new(),
            slots: vec![0; 1024],
            parent: Vec::new(),
            starts: Vec::new(),
            expanded: Vec::new(),
            edges: Vec::new(),
            small: Vec::new(),
            touched: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.parent.len()
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// The hashes of these keys (rows of the width), into `hashes`; their table slots and the
    /// rows those point at are fetched together, so the lookups that follow find them in the
    /// cache (independent loads overlap, dependent ones wait).
    pub fn prefetch(&mut self, keys: &[u32], hashes: &mut Vec<u64>) {
        let mask = self.slots.len() - 1;
        hashes.clear();
        hashes.extend(keys.chunks_exact(self.width).map(hash));
        let mut acc = 0u64;
        for &h in hashes.iter() {
            acc ^= self.slots[(h >> 32) as usize & mask];
        }
        for &h in hashes.iter() {
            let slot = self.slots[(h >> 32) as usize & mask];
            if slot != 0 && slot & !0xffff_ffff == h & !0xffff_ffff {
                acc ^= u64::from(self.arena[((slot & 0xffff_ffff) as usize - 1) * self.width]);
            }
        }
        self.touched = self.touched.wrapping_add(acc);
    }

    pub fn key(&self, i: usize) -> &[u32] {
        &self.arena[i * self.width..(i + 1) * self.width]
    }

    pub fn intern_status(&mut self, s: &str) -> u32 {
        match self.statuses.iter().position(|x| x == s) {
            Some(i) => i as u32,
            None => {
                self.statuses.push(s.to_string());
                (self.statuses.len() - 1) as u32
            }
        }
    }

    pub fn intern(&mut self, v: &Value) -> u32 {
        if let Value::Int(n) = *v
            && (0..SMALL as i64).contains(&n)
        {
            let n = n as usize;
            if let Some(&id) = self.small.get(n).filter(|&&id| id != NONE) {
                return id;
            }
            let id = self.intern_slow(v);
            if self.small.len() <= n {
                self.small.resize(n + 1, NONE);
            }
            self.small[n] = id;
            return id;
        }
        self.intern_slow(v)
    }

    fn intern_slow(&mut self, v: &Value) -> u32 {
        if let Some(&id) = self.value_ids.get(v) {
            return id;
        }
        let id = self.values.len() as u32;
        self.values.push(v.clone());
        self.value_ids.insert(v.clone(), id);
        id
    }

    /// The ids of `s`, into `key`.
    pub fn encode(&mut self, s: &State, key: &mut Vec<u32>) {
        key.clear();
        key.push(self.intern_status(&s.status));
        for v in &s.vars {
            key.push(self.intern(v));
        }
    }

    /// Writes state `i` into `s`, reusing its allocations.
    pub fn decode_into(&self, i: usize, s: &mut State) {
        let key = self.key(i);
        s.status.clone_from(&self.statuses[key[0] as usize]);
        s.vars.truncate(key.len() - 1);
        for (j, &id) in key[1..].iter().enumerate() {
            let v = &self.values[id as usize];
            match s.vars.get_mut(j) {
                Some(slot) => slot.clone_from(v),
                None => s.vars.push(v.clone()),
            }
        }
    }

    pub fn state(&self, i: usize) -> State {
        let mut s = State { status: String::new(), vars: Vec::new() };
        self.decode_into(i, &mut s);
        s
    }

    pub fn status(&self, i: usize) -> &str {
        &self.statuses[self.arena[i * self.width] as usize]
    }

    /// The state with these ids (`h`: their hash), if known.
    pub fn find_hashed(&self, key: &[u32], h: u64) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let tag = h & !0xffff_ffff;
        let mut at = (h >> 32) as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            if slot & !0xffff_ffff == tag {
                let i = (slot & 0xffff_ffff) as usize - 1;
                if self.key(i) == key {
                    return Some(i);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// Adds a state not yet known (`key.len()` is the width); returns its number.
    pub fn push(&mut self, key: &[u32], parent: Option<(u32, u32)>) -> usize {
        self.push_hashed(key, hash(key), parent)
    }

    /// [`Graph::push`] with the key's hash.
    pub fn push_hashed(&mut self, key: &[u32], h: u64, parent: Option<(u32, u32)>) -> usize {
        if (self.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let i = self.len();
        self.arena.extend_from_slice(key);
        self.parent.push(parent.unwrap_or((NONE, NONE)));
        self.place(h, i);
        i
    }

    fn place(&mut self, h: u64, i: usize) {
        let mask = self.slots.len() - 1;
        let mut at = (h >> 32) as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = (h & !0xffff_ffff) | (i as u64 + 1);
    }

    /// Doubles the table. A slot keeps the high half of its key's hash, which is all the index
    /// uses: the old slots are moved in order without reading a key, into two runs that fill
    /// in order.
    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        for slot in old.into_iter().filter(|&s| s != 0) {
            self.place(slot & !0xffff_ffff, (slot & 0xffff_ffff) as usize - 1);
        }
    }

    /// State `starts.len()` is handled next: expanded (its edges follow) or not.
    pub fn begin(&mut self, expanded: bool) {
        self.starts.push(self.edges.len() as u32);
        self.expanded.push(expanded);
    }

    pub fn edge(&mut self, to: usize, m: usize) {
        self.edges.push((to as u32, m as u32));
    }

    pub fn expanded(&self, i: usize) -> bool {
        self.expanded.get(i).copied().unwrap_or(false)
    }

    pub fn successors(&self, i: usize) -> &[(u32, u32)] {
        if !self.expanded(i) {
            return &[];
        }
        let end = self.starts.get(i + 1).map_or(self.edges.len(), |&e| e as usize);
        &self.edges[self.starts[i] as usize..end]
    }

    pub fn path(&self, mut i: usize, moves: &[Move]) -> (Vec<State>, Vec<Move>) {
        let mut states = vec![self.state(i)];
        let mut taken = Vec::new();
        loop {
            let (p, m) = self.parent[i];
            if p == NONE {
                break;
            }
            states.push(self.state(p as usize));
            taken.push(moves[m as usize].clone());
            i = p as usize;
        }
        states.reverse();
        taken.reverse();
        (states, taken)
    }
}
