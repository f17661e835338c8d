//! Calls of every query and mutation of the checked-in schema, built from
//! `schema.graphql` itself: a test that walks them covers a new operation the day it is
//! added, without being told.

use std::collections::HashMap;

use async_graphql::parser::{
    parse_schema,
    types::{BaseType, InputValueDefinition, Type, TypeKind, TypeSystemDefinition},
};
use serde_json::{Map, Value, json};

use crate::helpers::PASSWORD;

/// The schema's operations and the types their arguments need.
pub struct Schema {
    kinds: HashMap<String, TypeKind>,
}

/// One query or mutation of the schema.
pub struct Operation<'a> {
    pub name: String,
    keyword: &'static str,
    arguments: Vec<&'a InputValueDefinition>,
    returns: String,
    schema: &'a Schema,
}

/// A call of an operation: the document, valid variables, and the JSON pointers of
/// every string and ID position in them.
pub struct Call {
    pub query: String,
    pub variables: Value,
    pub string_positions: Vec<String>,
}

/// The ids a call fills in, by operation and argument name (`Value::Null` for an
/// optional id the caller has none for).
pub trait Ids {
    fn id(&self, operation: &str, argument: &str, required: bool) -> Value;
}

impl Schema {
    /// Parses the checked-in `schema.graphql`.
    pub fn load() -> Schema {
        let document = parse_schema(include_str!("../../schema.graphql")).expect("the SDL parses");
        let kinds = document
            .definitions
            .into_iter()
            .filter_map(|definition| match definition {
                TypeSystemDefinition::Type(ty) => {
                    Some((ty.node.name.node.to_string(), ty.node.kind))
                }
                _ => None,
            })
            .collect();
        Schema { kinds }
    }

    /// Every field of `Query` and `Mutation`.
    pub fn operations(&self) -> Vec<Operation<'_>> {
        let mut operations = Vec::new();
        for (root, keyword) in [("Query", "query"), ("Mutation", "mutation")] {
            let Some(TypeKind::Object(object)) = self.kinds.get(root) else {
                panic!("the schema has a {root} type");
            };
            for field in &object.fields {
                let field = &field.node;
                operations.push(Operation {
                    name: field.name.node.to_string(),
                    keyword,
                    arguments: field.arguments.iter().map(|a| &a.node).collect(),
                    returns: named(&field.ty.node).to_owned(),
                    schema: self,
                });
            }
        }
        operations
    }
}

/// The name of the type inside lists and non-null markers.
fn named(ty: &Type) -> &str {
    match &ty.base {
        BaseType::Named(name) => name.as_str(),
        BaseType::List(inner) => named(inner),
    }
}

impl Operation<'_> {
    /// The call with every argument that has a string or ID inside it, and every
    /// required one.
    pub fn call(&self, ids: &dyn Ids) -> Call {
        let mut variables = Map::new();
        let mut positions = Vec::new();
        let (mut declarations, mut arguments) = (Vec::new(), Vec::new());
        for argument in &self.arguments {
            let name = argument.name.node.as_str();
            let ty = &argument.ty.node;
            if ty.nullable && !self.holds_strings(ty) {
                continue;
            }
            declarations.push(format!("${name}: {ty}"));
            arguments.push(format!("{name}: ${name}"));
            let value = self.value(ty, name, format!("/{name}"), &mut positions, ids);
            variables.insert(name.to_owned(), value);
        }
        let selection = match self.schema.kinds.get(&self.returns) {
            Some(TypeKind::Object(_) | TypeKind::Interface(_) | TypeKind::Union(_)) => {
                " { __typename }"
            }
            _ => "",
        };
        let (declarations, arguments) = if declarations.is_empty() {
            (String::new(), String::new())
        } else {
            (
                format!("({})", declarations.join(", ")),
                format!("({})", arguments.join(", ")),
            )
        };
        Call {
            query: format!(
                "{} Walk{declarations} {{ {}{arguments}{selection} }}",
                self.keyword, self.name
            ),
            variables: Value::Object(variables),
            string_positions: positions,
        }
    }

    /// True when a string or an ID can stand somewhere inside a value of `ty`.
    fn holds_strings(&self, ty: &Type) -> bool {
        match named(ty) {
            "String" | "ID" => true,
            other => match self.schema.kinds.get(other) {
                Some(TypeKind::InputObject(input)) => input
                    .fields
                    .iter()
                    .any(|field| self.holds_strings(&field.node.ty.node)),
                _ => false,
            },
        }
    }

    /// A valid value of `ty` for the argument or field `name` at `pointer`; records the
    /// pointers of its strings and ids.
    fn value(
        &self,
        ty: &Type,
        name: &str,
        pointer: String,
        positions: &mut Vec<String>,
        ids: &dyn Ids,
    ) -> Value {
        let named = match &ty.base {
            BaseType::List(inner) => {
                return json!([self.value(inner, name, format!("{pointer}/0"), positions, ids)]);
            }
            BaseType::Named(named) => named.as_str(),
        };
        match named {
            "String" => {
                positions.push(pointer);
                if ty.nullable {
                    Value::Null
                } else {
                    json!(required_string(name))
                }
            }
            "ID" => {
                positions.push(pointer);
                ids.id(&self.name, name, !ty.nullable)
            }
            "Int" => json!(1),
            "Float" => json!(1.0),
            "Boolean" => json!(false),
            "DateTime" => json!("2099-01-01T09:00:00Z"),
            other => match self.schema.kinds.get(other) {
                Some(TypeKind::Enum(enumeration)) => {
                    json!(enumeration.values[0].node.value.node.as_str())
                }
                Some(TypeKind::InputObject(input)) => {
                    let fields = input.fields.iter().map(|field| {
                        let field = &field.node;
                        let field_name = field.name.node.as_str();
                        let value = self.value(
                            &field.ty.node,
                            field_name,
                            format!("{pointer}/{field_name}"),
                            positions,
                            ids,
                        );
                        (field_name.to_owned(), value)
                    });
                    Value::Object(fields.collect())
                }
                _ => panic!("no test value for the type {other} of {name}"),
            },
        }
    }
}

/// A value that passes the rules of a required string argument or field.
fn required_string(name: &str) -> &'static str {
    match name {
        "email" | "emails" => "walk@example.org",
        "password" | "current" | "new" => PASSWORD,
        "title" => "Ein Titel für den Rundgang",
        "body" => "Ein Beitrag für den Rundgang.",
        "search" => "a",
        _ => "Rundgang",
    }
}
