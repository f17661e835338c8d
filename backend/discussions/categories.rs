//! Categories: a group's list of topics (e.g. "Fragen", "Praxisbeispiele",
//! "Ankündigungen") that moderators manage and threads are filed under.

use super::{
    model::{Category, CategoryData, CategoryId, MAX_CATEGORIES},
    store,
};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    state::AppState,
};

/// The categories of a group, by position (members).
pub async fn categories(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
) -> AppResult<Vec<Category>> {
    let access = Access::load(state, viewer, group).await?;
    access.require_member()?;
    Ok(store::categories::of_group(&state.db, group).await?)
}

/// Adds a category (moderators); at most 100 per group, names unique ignoring case.
pub async fn create_category(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    data: CategoryData,
) -> AppResult<Category> {
    let access = Access::load(state, viewer, group).await?;
    access.require_moderator()?;
    let mut tx = state.db.begin().await?;
    if store::categories::count(&mut tx, group).await? >= MAX_CATEGORIES {
        return Err(AppError::conflict(
            Reason::TooManyCategories,
            format!("a group has at most {MAX_CATEGORIES} categories"),
        ));
    }
    let category = store::categories::insert(&mut tx, group, &data, state.clock.now()).await?;
    tx.commit().await?;
    tracing::info!(group.id = %group.0, category.id = %category.id.0, "Category created");
    Ok(category)
}

/// The category with the moderator's access to its group checked, in `tx`.
async fn moderated(state: &AppState, viewer: &Viewer, id: CategoryId) -> AppResult<GroupId> {
    let group = store::categories::group_of(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = Access::load(state, viewer, group).await?;
    access.require_moderator()?;
    Ok(group)
}

/// Changes a category's name, description or position (moderators).
pub async fn update_category(
    state: &AppState,
    viewer: &Viewer,
    id: CategoryId,
    data: CategoryData,
) -> AppResult<Category> {
    let group = moderated(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    store::categories::in_group(&mut tx, group, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let category = store::categories::update(&mut tx, id, &data, state.clock.now()).await?;
    tx.commit().await?;
    Ok(category)
}

/// Deletes a category (moderators); its threads stay, without a category.
pub async fn delete_category(state: &AppState, viewer: &Viewer, id: CategoryId) -> AppResult<()> {
    let group = moderated(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    store::categories::in_group(&mut tx, group, id)
        .await?
        .ok_or(AppError::NotFound)?;
    store::categories::delete(&mut tx, id).await?;
    tx.commit().await?;
    tracing::info!(group.id = %group.0, category.id = %id.0, "Category deleted");
    Ok(())
}
