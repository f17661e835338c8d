//! A line diff between two versions of a post, for the edit history.
//!
//! The lines both versions share at the start and at the end are kept as they are;
//! the changed middle is diffed by longest common subsequence. When the middle is too
//! large for that (more than [`MAX_CELLS`] line pairs), it is shown as removed and
//! added as a whole.

/// What happened to a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum LineChange {
    /// In both versions.
    Same,
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
}

/// One line of a diff.
#[derive(Clone, Debug, PartialEq, Eq, async_graphql::SimpleObject)]
pub struct DiffLine {
    /// Whether the line was kept, added or removed.
    pub change: LineChange,
    /// The line's text, without its line break.
    pub text: String,
}

/// The most line pairs the LCS table may hold.
const MAX_CELLS: usize = 1_000_000;

/// The lines of `new` compared with those of `old`, in reading order.
pub fn line_diff(old: &str, new: &str) -> Vec<DiffLine> {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (old_mid, new_mid) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let line = |change, text: &str| DiffLine {
        change,
        text: text.to_owned(),
    };
    let mut diff: Vec<DiffLine> = old[..prefix]
        .iter()
        .map(|t| line(LineChange::Same, t))
        .collect();
    if old_mid.len().saturating_mul(new_mid.len()) > MAX_CELLS {
        diff.extend(old_mid.iter().map(|t| line(LineChange::Removed, t)));
        diff.extend(new_mid.iter().map(|t| line(LineChange::Added, t)));
    } else {
        diff.extend(
            lcs_diff(old_mid, new_mid)
                .into_iter()
                .map(|(change, text)| line(change, text)),
        );
    }
    diff.extend(
        old[old.len() - suffix..]
            .iter()
            .map(|t| line(LineChange::Same, t)),
    );
    diff
}

/// The classic dynamic-programming diff: `table[i][j]` is the length of the longest
/// common subsequence of `old[i..]` and `new[j..]`.
fn lcs_diff<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<(LineChange, &'a str)> {
    let (n, m) = (old.len(), new.len());
    let width = m + 1;
    let mut table = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * width + j] = if old[i] == new[j] {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n + m);
    while i < n && j < m {
        if old[i] == new[j] {
            out.push((LineChange::Same, old[i]));
            i += 1;
            j += 1;
        } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
            out.push((LineChange::Removed, old[i]));
            i += 1;
        } else {
            out.push((LineChange::Added, new[j]));
            j += 1;
        }
    }
    out.extend(old[i..].iter().map(|t| (LineChange::Removed, *t)));
    out.extend(new[j..].iter().map(|t| (LineChange::Added, *t)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(diff: &[DiffLine]) -> Vec<String> {
        diff.iter()
            .map(|l| {
                let mark = match l.change {
                    LineChange::Same => ' ',
                    LineChange::Added => '+',
                    LineChange::Removed => '-',
                };
                format!("{mark}{}", l.text)
            })
            .collect()
    }

    /// Changed, added and removed lines are marked; shared lines stay.
    #[test]
    fn lines_are_compared() {
        let diff = line_diff("a\nb\nc\nd", "a\nB\nc\nd\ne");
        assert_eq!(render(&diff), [" a", "-b", "+B", " c", " d", "+e"]);
        let diff = line_diff("eins\nzwei\ndrei", "zwei\ndrei\nvier");
        assert_eq!(render(&diff), ["-eins", " zwei", " drei", "+vier"]);
        assert!(line_diff("", "").is_empty());
        assert_eq!(render(&line_diff("", "neu")), ["+neu"]);
    }

    /// A middle too large for the table is shown as replaced, with prefix and suffix.
    #[test]
    fn huge_changes_fall_back_to_replacement() {
        let old: String = (0..1500).map(|i| format!("alt {i}\n")).collect();
        let new: String = (0..1500).map(|i| format!("neu {i}\n")).collect();
        let diff = line_diff(&format!("kopf\n{old}fuß"), &format!("kopf\n{new}fuß"));
        assert_eq!(diff.len(), 3002);
        assert_eq!(diff[0].change, LineChange::Same);
        assert_eq!(diff[1].change, LineChange::Removed);
        assert_eq!(diff[1501].change, LineChange::Added);
        assert_eq!(diff[3001].text, "fuß");
    }
}
