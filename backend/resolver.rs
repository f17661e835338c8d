//! What every domain's resolvers share: the [`AppState`] from the context, id
//! arguments, and the GraphQL page objects around a [`Page`].

use std::sync::Arc;

use async_graphql::{Context, ID, SimpleObject};
use uuid::Uuid;

use crate::{
    error::{AppError, AppResult, Reason},
    paging::Page,
    state::AppState,
};

/// The application state.
pub fn state<'a>(ctx: &Context<'a>) -> &'a AppState {
    ctx.data_unchecked::<Arc<AppState>>()
}

/// Parses an id argument.
pub fn parse_id(field: &'static str, id: &ID) -> AppResult<Uuid> {
    Uuid::parse_str(id.as_str())
        .map_err(|_| AppError::bad_input(field, Reason::InvalidId, "is not a valid id"))
}

/// Where a page ends and whether more follow.
#[derive(Clone, Debug, SimpleObject)]
pub struct PageInfo {
    /// True when another page follows; ask for it with `after: endCursor`.
    pub has_next_page: bool,
    /// The cursor after the last item of this page; null for an empty page.
    pub end_cursor: Option<String>,
}

impl PageInfo {
    /// The page info of `page`.
    pub fn of<T>(page: &Page<T>) -> PageInfo {
        PageInfo {
            has_next_page: page.has_next_page,
            end_cursor: page.end_cursor.clone(),
        }
    }
}

/// Declares the GraphQL page type `$page` for items of type `$node`, with its
/// conversion from a [`Page`]:
/// `page_object!(/// A page of people. PersonPage of Person);`
#[macro_export]
macro_rules! page_object {
    ($(#[$doc:meta])* $page:ident of $node:ty) => {
        $(#[$doc])*
        #[derive(async_graphql::SimpleObject)]
        pub struct $page {
            /// The items of this page, in the list's order.
            pub nodes: Vec<$node>,
            /// Whether more items follow, and the cursor to ask for them.
            pub page_info: $crate::resolver::PageInfo,
        }

        impl From<$crate::paging::Page<$node>> for $page {
            fn from(page: $crate::paging::Page<$node>) -> Self {
                $page {
                    page_info: $crate::resolver::PageInfo::of(&page),
                    nodes: page.nodes,
                }
            }
        }
    };
}
