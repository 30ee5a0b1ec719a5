//! A spec's state machine as SVG, rendered on the server for the Observe dashboard: states in
//! layers by breadth-first distance from the initial state, initial and terminal states
//! marked, transitions as labelled edges, self-loops listed inside their state. The output is
//! a pure function of the machine (no hash-map order, no clock) and every text is escaped.

use crate::runtime::interpreter::SpecSummary;
use std::collections::{BTreeMap, VecDeque};
use std::fmt::Write;

/// What the diagram shows of a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    pub name: String,
    pub states: Vec<String>,
    pub initial: String,
    pub terminal: Vec<String>,
    pub actions: Vec<Move>,
}

/// One action: the states it fires from and where it goes (`None`: it stays).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub action: String,
    pub from: Vec<String>,
    pub to: Option<String>,
}

impl Machine {
    pub fn from_summary(s: &SpecSummary) -> Self {
        Self {
            name: s.name.clone(),
            states: s.states.clone(),
            initial: s.initial.clone(),
            terminal: s.terminal.clone(),
            actions: s
                .actions
                .iter()
                .map(|a| Move { action: a.name.clone(), from: a.from.clone(), to: a.to.clone() })
                .collect(),
        }
    }
}

const FONT: f64 = 13.0;
const SMALL: f64 = 11.0;
const CHAR_W: f64 = 7.4;
const SMALL_CHAR_W: f64 = 6.3;
const PAD_X: f64 = 14.0;
const NAME_H: f64 = 30.0;
const LINE_H: f64 = 14.0;
const GAP_X: f64 = 56.0;
const GAP_Y: f64 = 96.0;
const MARGIN: f64 = 40.0;
/// Longest line of a wrapped label or self-loop list, in characters.
const WRAP: usize = 30;

/// Edges between distinct states (by index), with the actions that take each.
type Edges = BTreeMap<(usize, usize), Vec<String>>;

struct Node {
    name: String,
    layer: usize,
    loops: Vec<String>,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// The SVG document of `m`.
pub fn render(m: &Machine) -> String {
    let (mut nodes, edges) = graph(m);
    let rows = layout(&mut nodes, &edges, &m.initial);
    let content_w = rows.iter().map(|r| row_width(&nodes, r)).fold(0.0, f64::max);
    // Centre each row; x from 0 for now, shifted right of the left lane below.
    let mut y = MARGIN + 16.0;
    for row in &rows {
        let mut x = (content_w - row_width(&nodes, row)) / 2.0;
        let row_h = row.iter().map(|&i| nodes[i].h).fold(0.0, f64::max);
        for &i in row {
            nodes[i].x = x;
            nodes[i].y = y;
            x += nodes[i].w + GAP_X;
        }
        y += row_h + GAP_Y;
    }
    // Edges back up the layers run in a lane on the side nearer to their two states.
    let centre = |i: usize| nodes[i].x + nodes[i].w / 2.0;
    let left_side: BTreeMap<(usize, usize), bool> = edges
        .keys()
        .filter(|(a, b)| nodes[*b].layer < nodes[*a].layer)
        .map(|&(a, b)| ((a, b), centre(a) + centre(b) < content_w))
        .collect();
    let lane_w = |n: usize| if n == 0 { 0.0 } else { 30.0 + 18.0 * n as f64 };
    let lefts = left_side.values().filter(|l| **l).count();
    let left = MARGIN + lane_w(lefts);
    for n in nodes.iter_mut() {
        n.x += left;
    }
    let width = (left + content_w + lane_w(left_side.len() - lefts) + MARGIN).max(240.0);
    let height = y - GAP_Y + MARGIN;
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="temper-diagram" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, sans-serif" data-entity-type="{name}"><title>{name}: state machine</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>"##,
        w = num(width),
        h = num(height),
        name = esc(&m.name)
    );
    let (mut lane_l, mut lane_r, mut same) = (0usize, 0usize, 0usize);
    for (&(ai, bi), actions) in &edges {
        let (a, b) = (&nodes[ai], &nodes[bi]);
        let (path, (lx, ly)) = if b.layer > a.layer {
            let (x0, y0, x1, y1) = (a.x + a.w / 2.0, a.y + a.h, b.x + b.w / 2.0, b.y);
            let dy = (y1 - y0) / 2.0;
            cubic([(x0, y0), (x0, y0 + dy), (x1, y1 - dy), (x1, y1)])
        } else if b.layer < a.layer {
            let (y0, y1) = (a.y + a.h / 2.0, b.y + b.h / 2.0);
            if left_side.get(&(ai, bi)).copied().unwrap_or(false) {
                lane_l += 1;
                let cx = left - 20.0 - 18.0 * lane_l as f64;
                cubic([(a.x, y0), (cx, y0), (cx, y1), (b.x, y1)])
            } else {
                lane_r += 1;
                let cx = left + content_w + 20.0 + 18.0 * lane_r as f64;
                cubic([(a.x + a.w, y0), (cx, y0), (cx, y1), (b.x + b.w, y1)])
            }
        } else {
            same += 1;
            let (x0, x1, top) = (a.x + a.w / 2.0, b.x + b.w / 2.0, a.y.min(b.y));
            let lift = 34.0 + 10.0 * (same % 3) as f64;
            cubic([(x0, a.y), (x0, top - lift), (x1, top - lift), (x1, b.y)])
        };
        let _ = write!(
            out,
            r##"<g class="edge" data-from="{}" data-to="{}"><path d="{path}" fill="none" stroke="#555" stroke-width="1.3" marker-end="url(#arrow)"/>"##,
            esc(&a.name),
            esc(&b.name)
        );
        text_block(&mut out, lx, ly, &wrap(actions, ""), SMALL, "#1d4ed8", "label");
        out.push_str("</g>");
    }
    for n in &nodes {
        let terminal = m.terminal.contains(&n.name);
        let initial = n.name == m.initial;
        let _ = write!(
            out,
            r##"<g class="state{}{}" data-state="{}">"##,
            if initial { " initial" } else { "" },
            if terminal { " terminal" } else { "" },
            esc(&n.name)
        );
        if initial {
            let cx = n.x + n.w / 2.0;
            let _ = write!(
                out,
                r##"<circle cx="{}" cy="{}" r="6" fill="#111"/><path d="M{},{} L{},{}" stroke="#111" stroke-width="1.3" marker-end="url(#arrow)"/>"##,
                num(cx),
                num(n.y - 26.0),
                num(cx),
                num(n.y - 20.0),
                num(cx),
                num(n.y)
            );
        }
        let fill = if terminal { "#f3f4f6" } else { "#ffffff" };
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="{}" height="{}" rx="8" fill="{fill}" stroke="#111" stroke-width="1.4"/>"##,
            num(n.x),
            num(n.y),
            num(n.w),
            num(n.h)
        );
        if terminal {
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="none" stroke="#111" stroke-width="1"/>"##,
                num(n.x + 3.5),
                num(n.y + 3.5),
                num(n.w - 7.0),
                num(n.h - 7.0)
            );
        }
        text_block(&mut out, n.x + n.w / 2.0, n.y + NAME_H / 2.0, std::slice::from_ref(&n.name), FONT, "#111", "name");
        if !n.loops.is_empty() {
            let lines = wrap(&n.loops, "\u{21bb} ");
            let top = n.y + NAME_H - 4.0 + LINE_H * lines.len() as f64 / 2.0;
            text_block(&mut out, n.x + n.w / 2.0, top, &lines, SMALL, "#374151", "loops");
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// States (declared first, then any an action names that the list lacks), edges between
/// distinct states with their actions, and each state's self-loops.
fn graph(m: &Machine) -> (Vec<Node>, Edges) {
    let mut names: Vec<String> = m.states.clone();
    for a in &m.actions {
        for s in a.from.iter().chain(a.to.iter()) {
            if !names.contains(s) {
                names.push(s.clone());
            }
        }
    }
    if !m.initial.is_empty() && !names.contains(&m.initial) {
        names.push(m.initial.clone());
    }
    let idx = |s: &str| names.iter().position(|n| n == s).unwrap_or(0);
    let mut loops: Vec<Vec<String>> = vec![Vec::new(); names.len()];
    let mut edges: Edges = BTreeMap::new();
    for a in &m.actions {
        for f in &a.from {
            let from = idx(f);
            match a.to.as_deref().map(idx) {
                Some(to) if to != from => edges.entry((from, to)).or_default().push(a.action.clone()),
                _ => {
                    if !loops[from].contains(&a.action) {
                        loops[from].push(a.action.clone())
                    }
                }
            }
        }
    }
    let nodes = names
        .into_iter()
        .zip(loops)
        .map(|(name, loops)| {
            let lines = wrap(&loops, "\u{21bb} ");
            let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * SMALL_CHAR_W;
            let w = (name.chars().count() as f64 * CHAR_W).max(widest).max(60.0) + 2.0 * PAD_X;
            let h = NAME_H + if lines.is_empty() { 0.0 } else { LINE_H * lines.len() as f64 + 6.0 };
            Node { name, layer: usize::MAX, loops, x: 0.0, y: 0.0, w, h }
        })
        .collect();
    (nodes, edges)
}

/// Assigns layers (BFS from the initial state; states it never reaches share a last layer)
/// and orders each layer by the mean position of its predecessors; returns the rows.
fn layout(nodes: &mut [Node], edges: &Edges, initial: &str) -> Vec<Vec<usize>> {
    if nodes.is_empty() {
        return Vec::new();
    }
    let first = nodes.iter().position(|n| n.name == initial).unwrap_or(0);
    nodes[first].layer = 0;
    let mut queue = VecDeque::from([first]);
    while let Some(n) = queue.pop_front() {
        for &(a, b) in edges.keys() {
            if a == n && nodes[b].layer == usize::MAX {
                nodes[b].layer = nodes[n].layer + 1;
                queue.push_back(b);
            }
        }
    }
    let deepest = nodes.iter().filter(|n| n.layer != usize::MAX).map(|n| n.layer).max().unwrap_or(0);
    for n in nodes.iter_mut().filter(|n| n.layer == usize::MAX) {
        n.layer = deepest + 1;
    }
    let layers = nodes.iter().map(|n| n.layer).max().unwrap_or(0) + 1;
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for (i, n) in nodes.iter().enumerate() {
        rows[n.layer].push(i);
    }
    // Barycentre ordering, one pass downwards; ties keep the declaration order.
    let mut pos = vec![0.0f64; nodes.len()];
    for row in rows.iter_mut() {
        let mut keyed: Vec<(f64, usize)> = row
            .iter()
            .map(|&i| {
                let preds: Vec<f64> = edges
                    .keys()
                    .filter(|(a, b)| *b == i && nodes[*a].layer < nodes[i].layer)
                    .map(|(a, _)| pos[*a])
                    .collect();
                let key = if preds.is_empty() { i as f64 } else { preds.iter().sum::<f64>() / preds.len() as f64 };
                (key, i)
            })
            .collect();
        keyed.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        *row = keyed.into_iter().map(|(_, i)| i).collect();
        for (p, &i) in row.iter().enumerate() {
            pos[i] = p as f64;
        }
    }
    rows.retain(|r| !r.is_empty());
    rows
}

fn row_width(nodes: &[Node], row: &[usize]) -> f64 {
    row.iter().map(|&i| nodes[i].w).sum::<f64>() + GAP_X * row.len().saturating_sub(1) as f64
}

/// A cubic Bézier's path data and its midpoint (where the label goes).
fn cubic(p: [(f64, f64); 4]) -> (String, (f64, f64)) {
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = p;
    let d =
        format!("M{},{} C{},{} {},{} {},{}", num(x0), num(y0), num(x1), num(y1), num(x2), num(y2), num(x3), num(y3));
    let mid = ((x0 + 3.0 * x1 + 3.0 * x2 + x3) / 8.0, (y0 + 3.0 * y1 + 3.0 * y2 + y3) / 8.0);
    (d, mid)
}

/// Names joined by ", " into lines of at most [`WRAP`] characters (a longer name stands alone).
fn wrap(names: &[String], prefix: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::from(prefix);
    for (i, n) in names.iter().enumerate() {
        let piece = if i + 1 < names.len() { format!("{n},") } else { n.clone() };
        let fresh = cur.chars().count() == prefix.chars().count();
        if !fresh && cur.chars().count() + 1 + piece.chars().count() > WRAP {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() && !cur.ends_with(' ') {
            cur.push(' ');
        }
        cur.push_str(&piece);
    }
    if cur.chars().count() > prefix.chars().count() {
        lines.push(cur);
    }
    lines
}

/// Centred lines of text around `(x, cy)`, with a halo so labels stay readable over edges.
fn text_block(out: &mut String, x: f64, cy: f64, lines: &[String], size: f64, fill: &str, class: &str) {
    let top = cy - LINE_H * (lines.len() as f64 - 1.0) / 2.0;
    let _ = write!(
        out,
        r##"<text class="{class}" x="{}" y="{}" font-size="{size}" fill="{fill}" text-anchor="middle" dominant-baseline="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">"##,
        num(x),
        num(top)
    );
    for (i, l) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { LINE_H };
        let _ = write!(out, r#"<tspan x="{}" dy="{}">{}</tspan>"#, num(x), num(dy), esc(l));
    }
    out.push_str("</text>");
}

/// A coordinate with one decimal (stable text for a stable layout).
fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 { format!("{r:.0}") } else { format!("{r:.1}") }
}

/// XML text and attribute escaping.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\t' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
#[path = "diagram_tests.rs"]
mod tests;
