//! What a GraphQL request must pass before the schema sees it.
//!
//! async-graphql's own depth and complexity checks and its executor expand every
//! fragment spread where it stands: a chain of fragments that each spread the next one
//! twice is a few hundred bytes long and expands to millions of fields, and checking
//! it takes time and memory exponential in its length. Admission bounds the work of a
//! document in time linear in its size, before anything expensive runs:
//!
//! 1. a scan of the text, before parsing, bounds the number of tokens and the nesting
//!    of brackets (the parser recurses per level);
//! 2. a walk over the parsed document bounds the fragments and spreads as written and
//!    measures the document as expanded (fields, aliases, depth), computing each
//!    fragment's measure once and reusing it for every spread of it;
//! 3. outside development mode, introspection is refused with a reason instead of
//!    answering `null`;
//! 4. every string in the variables and in the document passes the text rule
//!    ([`crate::text`]), which refuses control characters and normalises the rest.
//!
//! The admitted document is handed to the executor, which does not parse it again.

use std::{borrow::Cow, collections::HashMap};

use async_graphql::{
    Positioned,
    parser::types::{
        Directive, DocumentOperations, ExecutableDocument, OperationType, Selection, SelectionSet,
    },
};
use async_graphql_value::{ConstValue, Name, Value};

use crate::{
    config::Settings,
    error::{AppError, AppResult, Reason},
    text,
};

/// Most tokens a query document may have (the web app's largest has a few hundred).
pub const MAX_TOKENS: u64 = 5_000;
/// Deepest nesting of `{`, `(` and `[` in a query document's text.
pub const MAX_NESTING: u64 = 32;
/// Most fragment definitions in one document.
pub const MAX_FRAGMENTS: u64 = 50;
/// Most fragment spreads written in one document.
pub const MAX_SPREADS: u64 = 200;
/// Most aliases in one document, with its fragments expanded.
pub const MAX_ALIASES: u64 = 100;

/// Admits `request`: the checks above, then the parsed and cleaned document is set on
/// the request. `parse` turns the query text into a document (from a cache, or
/// freshly); when the text does not parse, the request goes on unparsed and the
/// executor reports the syntax error. Returns the type of the operation that will run,
/// when the document says.
pub fn admit(
    request: &mut async_graphql::Request,
    settings: &Settings,
    parse: impl FnOnce(&str) -> Option<ExecutableDocument>,
) -> AppResult<Option<OperationType>> {
    scan(&request.query)?;
    clean_variables(&mut request.variables)?;
    let Some(mut document) = parse(&request.query) else {
        return Ok(None);
    };
    let limits = Limits {
        fields: settings.graphql_max_complexity as u64,
        depth: settings.graphql_max_depth as u64,
        introspection: settings.dev,
    };
    measure(&document, &limits)?;
    clean_document(&mut document)?;
    let operation = operation_type(&document, request.operation_name.as_deref());
    request.set_parsed_query(document);
    Ok(operation)
}

fn refusal(reason: Reason, message: &str, max: u64) -> AppError {
    AppError::bad_input("query", reason, message).max(max)
}

/// Counts the tokens of a GraphQL document and the nesting of its brackets, skipping
/// strings and comments, without building anything.
fn scan(query: &str) -> AppResult<()> {
    let bytes = query.as_bytes();
    let (mut tokens, mut nesting, mut i) = (0u64, 0u64, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => i += 1,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'"' => {
                tokens += 1;
                i = skip_string(bytes, i);
            }
            b'{' | b'(' | b'[' => {
                tokens += 1;
                nesting += 1;
                if nesting > MAX_NESTING {
                    return Err(refusal(
                        Reason::QueryTooDeep,
                        "the query nests brackets too deeply",
                        MAX_NESTING,
                    ));
                }
                i += 1;
            }
            b'}' | b')' | b']' => {
                tokens += 1;
                nesting = nesting.saturating_sub(1);
                i += 1;
            }
            _ if is_word_byte(b) => {
                tokens += 1;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
            }
            _ => {
                tokens += 1;
                i += 1;
            }
        }
        if tokens > MAX_TOKENS {
            return Err(refusal(
                Reason::QueryTooLarge,
                "the query has too many tokens",
                MAX_TOKENS,
            ));
        }
    }
    Ok(())
}

/// Bytes of names, numbers and the spread `...`, which the scan counts as one token a run.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'+')
}

/// The index after the string (or block string) that starts at `start`.
fn skip_string(bytes: &[u8], start: usize) -> usize {
    if bytes[start..].starts_with(b"\"\"\"") {
        let mut i = start + 3;
        while i < bytes.len() {
            if bytes[i..].starts_with(b"\\\"\"\"") {
                i += 4;
            } else if bytes[i..].starts_with(b"\"\"\"") {
                return i + 3;
            } else {
                i += 1;
            }
        }
        return i;
    }
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' | b'\n' | b'\r' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// The bounds of a document as expanded.
struct Limits {
    fields: u64,
    depth: u64,
    introspection: bool,
}

/// A selection set as expanded: its fields, aliases and depth (saturating counts).
#[derive(Clone, Copy, Default)]
struct Size {
    fields: u64,
    aliases: u64,
    depth: u64,
}

impl Size {
    fn add(self, other: Size) -> Size {
        Size {
            fields: self.fields.saturating_add(other.fields),
            aliases: self.aliases.saturating_add(other.aliases),
            depth: self.depth.max(other.depth),
        }
    }
}

/// A fragment's size while it is measured, and after.
enum Measured {
    InProgress,
    Done(Size),
}

/// Measures every operation of `document` as expanded and refuses what is too big.
fn measure(document: &ExecutableDocument, limits: &Limits) -> AppResult<()> {
    if document.fragments.len() as u64 > MAX_FRAGMENTS {
        return Err(refusal(
            Reason::TooManyFragments,
            "the query defines too many fragments",
            MAX_FRAGMENTS,
        ));
    }
    let mut walk = Walk {
        document,
        limits,
        fragments: HashMap::new(),
        spreads: 0,
    };
    let mut total = Size::default();
    for (_, operation) in document.operations.iter() {
        total = total.add(walk.selection_set(&operation.node.selection_set.node)?);
    }
    for name in document.fragments.keys() {
        walk.fragment(name.as_str())?;
    }
    if total.fields > limits.fields {
        return Err(refusal(
            Reason::QueryTooComplex,
            "the query asks for too many fields (with its fragments expanded)",
            limits.fields,
        ));
    }
    if total.aliases > MAX_ALIASES {
        return Err(refusal(
            Reason::TooManyAliases,
            "the query uses too many aliases",
            MAX_ALIASES,
        ));
    }
    if total.depth > limits.depth {
        return Err(refusal(
            Reason::QueryTooDeep,
            "the query nests fields too deeply",
            limits.depth,
        ));
    }
    Ok(())
}

/// One measuring pass; each fragment is measured once.
struct Walk<'a> {
    document: &'a ExecutableDocument,
    limits: &'a Limits,
    fragments: HashMap<&'a str, Measured>,
    spreads: u64,
}

impl<'a> Walk<'a> {
    fn selection_set(&mut self, set: &'a SelectionSet) -> AppResult<Size> {
        let mut size = Size::default();
        for selection in &set.items {
            let item = match &selection.node {
                Selection::Field(field) => {
                    let field = &field.node;
                    let name = field.name.node.as_str();
                    if !self.limits.introspection && matches!(name, "__schema" | "__type") {
                        return Err(AppError::bad_input(
                            "query",
                            Reason::IntrospectionDisabled,
                            "introspection is not available on this server",
                        ));
                    }
                    let inner = self.selection_set(&field.selection_set.node)?;
                    Size {
                        fields: inner.fields.saturating_add(1),
                        aliases: inner
                            .aliases
                            .saturating_add(u64::from(field.alias.is_some())),
                        depth: inner.depth + 1,
                    }
                }
                Selection::InlineFragment(fragment) => {
                    self.selection_set(&fragment.node.selection_set.node)?
                }
                Selection::FragmentSpread(spread) => {
                    self.spreads += 1;
                    if self.spreads > MAX_SPREADS {
                        return Err(refusal(
                            Reason::TooManyFragments,
                            "the query spreads fragments too often",
                            MAX_SPREADS,
                        ));
                    }
                    self.fragment(spread.node.fragment_name.node.as_str())?
                }
            };
            size = size.add(item);
        }
        Ok(size)
    }

    /// The size of the named fragment, measured at its first spread (an unknown name
    /// counts nothing: validation reports it).
    fn fragment(&mut self, name: &'a str) -> AppResult<Size> {
        match self.fragments.get(name) {
            Some(Measured::Done(size)) => return Ok(*size),
            Some(Measured::InProgress) => {
                return Err(AppError::bad_input(
                    "query",
                    Reason::FragmentCycle,
                    format!("the fragment {name} spreads itself"),
                ));
            }
            None => {}
        }
        let Some(definition) = self.document.fragments.get(name) else {
            return Ok(Size::default());
        };
        self.fragments.insert(name, Measured::InProgress);
        let size = self.selection_set(&definition.node.selection_set.node)?;
        self.fragments.insert(name, Measured::Done(size));
        Ok(size)
    }
}

/// The type of the operation `name` selects (or the only one).
fn operation_type(document: &ExecutableDocument, name: Option<&str>) -> Option<OperationType> {
    match &document.operations {
        DocumentOperations::Single(operation) => Some(operation.node.ty),
        DocumentOperations::Multiple(operations) => match name {
            Some(name) => operations.get(name),
            None if operations.len() == 1 => operations.values().next(),
            None => None,
        }
        .map(|operation| operation.node.ty),
    }
}

/// Applies the text rule to one string; `field` names it in a refusal.
fn clean_string(value: &mut String, field: &str) -> AppResult<()> {
    match text::clean(value) {
        Ok(Cow::Borrowed(_)) => Ok(()),
        Ok(Cow::Owned(clean)) => {
            *value = clean;
            Ok(())
        }
        Err(found) => Err(AppError::bad_input(
            field.to_owned(),
            Reason::ControlCharacter,
            format!(
                "must not contain control characters (found U+{:04X})",
                u32::from(found.character)
            ),
        )),
    }
}

fn clean_variables(variables: &mut async_graphql::Variables) -> AppResult<()> {
    for (name, value) in variables.iter_mut() {
        clean_const(value, name.as_str())?;
    }
    Ok(())
}

/// Cleans the strings of a variable's value; an input object's strings are named by
/// their own field.
fn clean_const(value: &mut ConstValue, field: &str) -> AppResult<()> {
    match value {
        ConstValue::String(string) => clean_string(string, field),
        ConstValue::List(items) => items.iter_mut().try_for_each(|v| clean_const(v, field)),
        ConstValue::Object(fields) => fields
            .iter_mut()
            .try_for_each(|(name, v)| clean_const(v, name.as_str())),
        _ => Ok(()),
    }
}

fn clean_value(value: &mut Value, field: &str) -> AppResult<()> {
    match value {
        Value::String(string) => clean_string(string, field),
        Value::List(items) => items.iter_mut().try_for_each(|v| clean_value(v, field)),
        Value::Object(fields) => fields
            .iter_mut()
            .try_for_each(|(name, v)| clean_value(v, name.as_str())),
        _ => Ok(()),
    }
}

fn clean_arguments(arguments: &mut [(Positioned<Name>, Positioned<Value>)]) -> AppResult<()> {
    arguments
        .iter_mut()
        .try_for_each(|(name, value)| clean_value(&mut value.node, name.node.as_str()))
}

fn clean_directives(directives: &mut [Positioned<Directive>]) -> AppResult<()> {
    directives
        .iter_mut()
        .try_for_each(|directive| clean_arguments(&mut directive.node.arguments))
}

fn clean_selection_set(set: &mut SelectionSet) -> AppResult<()> {
    for selection in &mut set.items {
        match &mut selection.node {
            Selection::Field(field) => {
                clean_arguments(&mut field.node.arguments)?;
                clean_directives(&mut field.node.directives)?;
                clean_selection_set(&mut field.node.selection_set.node)?;
            }
            Selection::InlineFragment(fragment) => {
                clean_directives(&mut fragment.node.directives)?;
                clean_selection_set(&mut fragment.node.selection_set.node)?;
            }
            Selection::FragmentSpread(spread) => clean_directives(&mut spread.node.directives)?,
        }
    }
    Ok(())
}

/// Cleans the string literals of the document: arguments, directives and the default
/// values of variables.
fn clean_document(document: &mut ExecutableDocument) -> AppResult<()> {
    let operations: Vec<_> = match &mut document.operations {
        DocumentOperations::Single(operation) => vec![operation],
        DocumentOperations::Multiple(operations) => operations.values_mut().collect(),
    };
    for operation in operations {
        let operation = &mut operation.node;
        for variable in &mut operation.variable_definitions {
            let variable = &mut variable.node;
            if let Some(default) = &mut variable.default_value {
                clean_const(&mut default.node, variable.name.node.as_str())?;
            }
        }
        clean_directives(&mut operation.directives)?;
        clean_selection_set(&mut operation.selection_set.node)?;
    }
    for fragment in document.fragments.values_mut() {
        clean_directives(&mut fragment.node.directives)?;
        clean_selection_set(&mut fragment.node.selection_set.node)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admitted(query: &str) -> AppResult<Option<OperationType>> {
        let mut request = async_graphql::Request::new(query);
        admit(&mut request, &Settings::default(), |q| {
            async_graphql::parser::parse_query(q).ok()
        })
    }

    fn reason(query: &str) -> Reason {
        admitted(query)
            .err()
            .and_then(|err| err.reason())
            .unwrap_or_else(|| panic!("admitted: {query}"))
    }

    /// A doubling fragment chain of any length is refused, in time linear in its size.
    #[test]
    fn doubling_fragment_chains_are_refused() {
        for (n, expected) in [
            (16, Reason::QueryTooComplex),
            (24, Reason::QueryTooComplex),
            (60, Reason::TooManyFragments),
        ] {
            let chain: String = (0..n)
                .map(|i| format!("fragment F{i} on Query {{ ...F{} ...F{} }} ", i + 1, i + 1))
                .collect();
            let query = format!("{{ ...F0 }} {chain} fragment F{n} on Query {{ __typename }}");
            assert_eq!(reason(&query), expected, "n = {n}");
        }
    }

    /// A small, ordinary document with a fragment is admitted.
    #[test]
    fn ordinary_documents_are_admitted() {
        let query = "query Q($id: ID!) { group(id: $id) { ...G } } fragment G on Group { id name }";
        assert_eq!(admitted(query).unwrap(), Some(OperationType::Query));
    }

    /// Brackets nested past the limit are refused before parsing; brackets in strings
    /// and comments do not count.
    #[test]
    fn nesting_is_bounded_before_parsing() {
        let deep = format!("{}{}", "{a".repeat(40), "}".repeat(40));
        assert_eq!(reason(&deep), Reason::QueryTooDeep);
        let quoted = format!("{{ a(b: \"{}\") }} # {}", "{".repeat(40), "[".repeat(40));
        assert!(scan(&quoted).is_ok());
    }

    /// Fragments spreading each other in a circle are refused.
    #[test]
    fn fragment_cycles_are_refused() {
        let query = "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
        assert_eq!(reason(query), Reason::FragmentCycle);
    }

    /// Introspection is refused outside development mode, also inside a fragment.
    #[test]
    fn introspection_is_refused() {
        assert_eq!(
            reason("{ __schema { types { name } } }"),
            Reason::IntrospectionDisabled
        );
        assert_eq!(
            reason("{ ...I } fragment I on Query { __type(name: \"Query\") { name } }"),
            Reason::IntrospectionDisabled
        );
    }

    /// A NUL in a literal is refused, naming the argument; a decomposed umlaut in a
    /// variable is composed.
    #[test]
    fn strings_pass_the_text_rule() {
        let err = admitted("{ people(search: \"a\\u0000b\") { nodes { id } } }").unwrap_err();
        assert!(matches!(
            err,
            AppError::BadInput { ref field, reason: Reason::ControlCharacter, .. } if field == "search"
        ));
        let mut variables = async_graphql::Variables::from_json(serde_json::json!({
            "input": { "name": "Gru\u{308}n", "tags": ["a\u{7}"] }
        }));
        let err = clean_variables(&mut variables).unwrap_err();
        assert!(matches!(err, AppError::BadInput { ref field, .. } if field == "tags"));
        let mut variables = async_graphql::Variables::from_json(serde_json::json!({
            "input": { "name": "Gru\u{308}n" }
        }));
        clean_variables(&mut variables).unwrap();
        assert_eq!(
            variables.into_value().into_json().unwrap(),
            serde_json::json!({ "input": { "name": "Grün" } })
        );
    }
}
