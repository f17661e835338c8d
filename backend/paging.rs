//! The one cursor-pagination convention for every list: page requests, pages and the
//! cursor codec, as plain types the services take and return.
//!
//! A list field takes `first: Int` (default 50, at most 100) and `after: String` (the
//! `endCursor` of the previous page) and returns a `<Thing>Page { nodes, pageInfo }`
//! with `PageInfo { hasNextPage, endCursor }`. Cursors are opaque to clients: they
//! carry the sort key of the last item (base64url-encoded JSON), so a page is one
//! indexed range query (`WHERE (key) > (cursor) ORDER BY key LIMIT first + 1`), stable
//! while items are added or removed elsewhere in the list.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use serde::{Serialize, de::DeserializeOwned};

use crate::error::{AppError, AppResult, Reason};

/// Items per page when the client does not say.
pub const DEFAULT_PAGE_SIZE: usize = 50;
/// The most items a client may ask for in one page.
pub const MAX_PAGE_SIZE: usize = 100;

/// A page as a client asked for it: how many items, after which sort key `K`.
#[derive(Clone, Debug)]
pub struct PageRequest<K> {
    /// Items on the page, 1 to [`MAX_PAGE_SIZE`].
    pub first: usize,
    /// The sort key of the last item of the previous page.
    pub after: Option<K>,
}

impl<K: DeserializeOwned> PageRequest<K> {
    /// Parses the `first` and `after` arguments; out-of-range sizes and malformed
    /// cursors are BAD_USER_INPUT.
    pub fn parse(first: Option<i32>, after: Option<&str>) -> AppResult<Self> {
        let first = match first {
            None => DEFAULT_PAGE_SIZE,
            Some(n) if n >= 1 && n as usize <= MAX_PAGE_SIZE => n as usize,
            Some(_) => {
                return Err(AppError::bad_input(
                    "first",
                    Reason::OutOfRange,
                    format!("must be between 1 and {MAX_PAGE_SIZE}"),
                )
                .max(MAX_PAGE_SIZE));
            }
        };
        let after = after
            .map(|after| parse_cursor("after", after))
            .transpose()?;
        Ok(PageRequest { first, after })
    }
}

impl<K> PageRequest<K> {
    /// The first page of `first` items.
    pub fn first(first: usize) -> Self {
        PageRequest { first, after: None }
    }

    /// How many rows a store fetches: one more than the page, to learn whether more follow.
    pub fn limit(&self) -> i64 {
        self.first as i64 + 1
    }
}

/// One page of a list; resolvers turn it into a GraphQL `<Thing>Page`
/// ([`page_object!`](crate::page_object)).
#[derive(Clone, Debug)]
pub struct Page<T> {
    /// The items, in the list's order.
    pub nodes: Vec<T>,
    /// Whether items follow this page.
    pub has_next_page: bool,
    /// The cursor after the last item; `None` for an empty page.
    pub end_cursor: Option<String>,
}

impl<T> Page<T> {
    /// Builds a page from the rows a store fetched with [`PageRequest::limit`];
    /// `key` gives an item's sort key, which becomes the cursor.
    pub fn from_rows<K: Serialize>(
        mut rows: Vec<T>,
        request: &PageRequest<impl Sized>,
        key: impl Fn(&T) -> K,
    ) -> Page<T> {
        let has_next_page = rows.len() > request.first;
        rows.truncate(request.first);
        let end_cursor = rows.last().map(|last| cursor(&key(last)));
        Page {
            nodes: rows,
            has_next_page,
            end_cursor,
        }
    }

    /// The same page with every item converted.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            nodes: self.nodes.into_iter().map(f).collect(),
            has_next_page: self.has_next_page,
            end_cursor: self.end_cursor,
        }
    }
}

/// The opaque cursor of a sort key.
pub fn cursor<K: Serialize>(key: &K) -> String {
    let json = serde_json::to_vec(key).expect("sort keys serialise");
    URL_SAFE_NO_PAD.encode(json)
}

/// The sort key in the cursor argument `field`; a malformed cursor is BAD_USER_INPUT.
pub fn parse_cursor<K: DeserializeOwned>(field: &'static str, cursor: &str) -> AppResult<K> {
    let malformed =
        || AppError::bad_input(field, Reason::InvalidCursor, "is not a cursor of this list");
    let json = URL_SAFE_NO_PAD
        .decode(cursor.trim())
        .map_err(|_| malformed())?;
    serde_json::from_slice(&json).map_err(|_| malformed())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sizes default to 50, must lie in 1..=100, and cursors round-trip their key.
    #[test]
    fn arguments_are_checked_and_cursors_round_trip() {
        let request = PageRequest::<(String, i32)>::parse(None, None).unwrap();
        assert_eq!((request.first, request.limit()), (50, 51));
        for bad in [0, -1, 101] {
            let err = PageRequest::<(String, i32)>::parse(Some(bad), None).unwrap_err();
            assert_eq!(err.code(), "BAD_USER_INPUT");
        }
        let page = Page::from_rows(vec![1, 2, 3], &PageRequest::<()>::first(2), |n| {
            ("Köln".to_owned(), *n)
        });
        assert_eq!(page.nodes, vec![1, 2]);
        assert!(page.has_next_page);
        let cursor = page.end_cursor.unwrap();
        let next = PageRequest::<(String, i32)>::parse(Some(2), Some(&cursor)).unwrap();
        assert_eq!(next.after, Some(("Köln".to_owned(), 2)));
        for bad in [
            "",
            "nonsense!",
            "bm90IGpzb24",
            &URL_SAFE_NO_PAD.encode("[1]"),
        ] {
            let err = PageRequest::<(String, i32)>::parse(None, Some(bad)).unwrap_err();
            assert_eq!(err.code(), "BAD_USER_INPUT", "{bad:?}");
        }
        let last = Page::from_rows(vec![3], &PageRequest::<()>::first(2), |n| *n);
        assert!(!last.has_next_page);
        let empty = Page::from_rows(Vec::<i32>::new(), &PageRequest::<()>::first(2), |n| *n);
        assert_eq!(empty.end_cursor, None);
    }
}
