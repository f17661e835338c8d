//! The sort key of the threaded order.
//!
//! Every post stores a path: its parent's path followed by its own `seq` as a
//! ten-digit segment (the opening post's path is its own segment). Sorting a thread's
//! posts by path (bytewise: SQLite's default, `COLLATE "C"` on PostgreSQL) lists them
//! depth first, each post followed by its replies, siblings oldest first; so a page in
//! threaded order is one indexed range query `path > cursor ORDER BY path`.
//!
//! Trees may be of any depth, but paths stop growing at [`MAX_SORT_DEPTH`] (which
//! keeps index entries small): the replies beneath a post at depth
//! `MAX_SORT_DEPTH - 1` are listed after it by time of writing, however deep they
//! nest. Their `depth` stays exact, so clients can still say what they answer.

/// Digits of one path segment: enough for every `i32` seq.
const SEGMENT_DIGITS: usize = 10;

/// The depth from which replies are ordered by time beneath their ancestor.
pub const MAX_SORT_DEPTH: usize = 50;

/// The path of an opening post.
pub fn root(seq: i32) -> String {
    segment(seq)
}

/// The path of a reply with `seq` to the post at `parent_path`.
pub fn child(parent_path: &str, seq: i32) -> String {
    let keep = parent_path.len().min(MAX_SORT_DEPTH * SEGMENT_DIGITS);
    let mut path = String::with_capacity(keep + SEGMENT_DIGITS);
    path.push_str(&parent_path[..keep]);
    path.push_str(&segment(seq));
    path
}

fn segment(seq: i32) -> String {
    format!("{seq:0width$}", width = SEGMENT_DIGITS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paths sort depth first with siblings by seq, and stop growing at the limit.
    #[test]
    fn paths_sort_depth_first() {
        let opening = root(1);
        let a = child(&opening, 2);
        let b = child(&opening, 3);
        let a1 = child(&a, 4);
        let b1 = child(&b, 5);
        let a2 = child(&a, 6);
        let a11 = child(&a1, 7);
        let mut sorted = vec![&b1, &a2, &a11, &b, &a1, &opening, &a];
        sorted.sort();
        assert_eq!(sorted, vec![&opening, &a, &a1, &a11, &a2, &b, &b1]);
        assert!(root(9) < root(10), "fixed width keeps numeric order");

        let mut deep = root(1);
        let mut paths = vec![deep.clone()];
        for seq in 2..=(MAX_SORT_DEPTH as i32 + 5) {
            deep = child(&deep, seq);
            paths.push(deep.clone());
        }
        assert_eq!(deep.len(), (MAX_SORT_DEPTH + 1) * SEGMENT_DIGITS);
        let mut by_path = paths.clone();
        by_path.sort();
        assert_eq!(by_path, paths, "a deep chain stays in order");
    }
}
