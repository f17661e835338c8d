//! Organisations (the coordination offices), their regions and the member directory.
//!
//! Offices are public within the platform: every signed-in account sees them. People
//! are not: a person is visible to those who share at least one group with them (and
//! to administrators); the email address only to administrators and the person. What
//! else a person tells about themselves (their function in the office, a phone number)
//! is shown wherever the person is. People lists go by last name: the last word of the
//! display name, then the whole name, ignoring case.

pub mod graphql;
pub mod model;
pub(crate) mod store;

use std::collections::HashMap;

use self::model::{
    Organization, OrganizationData, OrganizationId, Person, PersonRow, Region, RegionId,
};
use crate::{
    auth::{Viewer, model::AccountId},
    error::{AppError, AppResult, Reason},
    paging::{Page, PageRequest},
    rules::parse_search,
    state::AppState,
};

pub use store::NameKey;

/// Every region, in their fixed order.
pub async fn regions(state: &AppState, _viewer: &Viewer) -> AppResult<Vec<Region>> {
    Ok(store::regions(&state.db).await?)
}

/// One region (for an organisation's `region`).
pub async fn region(state: &AppState, id: RegionId) -> AppResult<Option<Region>> {
    Ok(store::region(&state.db, id).await?)
}

/// One page of organisations by name, filtered by a search term and a region.
pub async fn organizations(
    state: &AppState,
    _viewer: &Viewer,
    search: Option<&str>,
    region: Option<RegionId>,
    page: &PageRequest<NameKey>,
) -> AppResult<Page<Organization>> {
    let search = parse_search(search)?;
    let rows = store::page(
        &state.db,
        search.as_deref(),
        region,
        page.after.as_ref(),
        page.limit(),
    )
    .await?;
    Ok(Page::from_rows(rows, page, |o| (o.sort_name.clone(), o.item.id.0)).map(|o| o.item))
}

/// One organisation; NOT_FOUND when it does not exist.
pub async fn organization(
    state: &AppState,
    _viewer: &Viewer,
    id: OrganizationId,
) -> AppResult<Organization> {
    store::by_id(&state.db, id).await?.ok_or(AppError::NotFound)
}

/// The organisation of an account, if it has one (no permission check: an account's
/// own office, or one the caller may already show).
pub async fn organization_of(
    state: &AppState,
    id: Option<OrganizationId>,
) -> AppResult<Option<Organization>> {
    match id {
        Some(id) => Ok(store::by_id(&state.db, id).await?),
        None => Ok(None),
    }
}

/// Checks that a referenced organisation exists (BAD_USER_INPUT naming `field` if not).
pub async fn require_organization(
    state: &AppState,
    field: &'static str,
    id: OrganizationId,
) -> AppResult<Organization> {
    store::by_id(&state.db, id).await?.ok_or_else(|| {
        AppError::bad_input(field, Reason::UnknownOrganization, "no such organisation")
    })
}

async fn check_region(state: &AppState, region: Option<RegionId>) -> AppResult<()> {
    if let Some(id) = region
        && store::region(&state.db, id).await?.is_none()
    {
        return Err(AppError::bad_input(
            "regionId",
            Reason::UnknownRegion,
            "no such region",
        ));
    }
    Ok(())
}

/// Creates an organisation (administrators). Names are unique, ignoring case.
pub async fn create_organization(
    state: &AppState,
    viewer: &Viewer,
    data: OrganizationData,
) -> AppResult<Organization> {
    viewer.require_admin()?;
    check_region(state, data.region_id).await?;
    let mut tx = state.db.begin().await?;
    let organization = store::insert(&mut tx, &data, state.clock.now()).await?;
    tx.commit().await?;
    tracing::info!(organization.id = %organization.id.0, "Organisation created");
    Ok(organization)
}

/// Changes an organisation (administrators).
pub async fn update_organization(
    state: &AppState,
    viewer: &Viewer,
    id: OrganizationId,
    data: OrganizationData,
) -> AppResult<Organization> {
    viewer.require_admin()?;
    check_region(state, data.region_id).await?;
    let mut tx = state.db.begin().await?;
    let organization = store::update(&mut tx, id, &data, state.clock.now())
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(organization)
}

/// Puts an account into an organisation, or takes it out with `None` (administrators).
pub async fn set_account_organization(
    state: &AppState,
    viewer: &Viewer,
    account: AccountId,
    organization: Option<OrganizationId>,
) -> AppResult<Person> {
    viewer.require_admin()?;
    if let Some(id) = organization {
        require_organization(state, "organizationId", id).await?;
    }
    let mut tx = state.db.begin().await?;
    if !store::set_account_organization(&mut tx, account, organization, state.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    person_in_context(state, viewer, account).await
}

/// One page of the member directory: the people the viewer may see, by last name.
pub async fn people(
    state: &AppState,
    viewer: &Viewer,
    search: Option<&str>,
    organization: Option<OrganizationId>,
    page: &PageRequest<NameKey>,
) -> AppResult<Page<Person>> {
    let search = parse_search(search)?;
    let rows = store::visible_people(
        &state.db,
        viewer.id(),
        viewer.account.is_admin,
        search.as_deref(),
        organization,
        page.after.as_ref(),
        page.limit(),
    )
    .await?;
    let page = Page::from_rows(rows, page, |p| (p.sort_name.clone(), p.item.id.0));
    let people = with_organizations(
        state,
        viewer,
        page.nodes.into_iter().map(|p| p.item).collect(),
    )
    .await?;
    Ok(Page {
        nodes: people,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}

/// One person of the directory; NOT_FOUND unless the viewer may see them.
pub async fn person(state: &AppState, viewer: &Viewer, id: AccountId) -> AppResult<Person> {
    let row = store::visible_person(&state.db, viewer.id(), viewer.account.is_admin, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(with_organizations(state, viewer, vec![row])
        .await?
        .remove(0))
}

/// A person the viewer meets through something they may see already (the inviter of an
/// invitation, the author of a join request, a fellow member): no directory check.
pub async fn person_in_context(
    state: &AppState,
    viewer: &Viewer,
    id: AccountId,
) -> AppResult<Person> {
    let row = store::person(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(with_organizations(state, viewer, vec![row])
        .await?
        .remove(0))
}

/// People by id, with their organisations (two queries).
pub async fn people_by_ids(
    state: &AppState,
    viewer: &Viewer,
    ids: &[AccountId],
) -> AppResult<HashMap<AccountId, Person>> {
    let mut ids = ids.to_vec();
    ids.sort_by_key(|id| id.0);
    ids.dedup();
    let rows = store::people(&state.db, &ids).await?;
    Ok(with_organizations(state, viewer, rows)
        .await?
        .into_iter()
        .map(|person| (person.id, person))
        .collect())
}

/// Turns directory rows into people as the viewer sees them, loading their
/// organisations with one query.
pub async fn with_organizations(
    state: &AppState,
    viewer: &Viewer,
    rows: Vec<PersonRow>,
) -> AppResult<Vec<Person>> {
    let mut ids: Vec<OrganizationId> = rows.iter().filter_map(|r| r.organization_id).collect();
    ids.sort_by_key(|id| id.0);
    ids.dedup();
    let organizations: HashMap<OrganizationId, Organization> = store::by_ids(&state.db, &ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| {
            let show_email = viewer.account.is_admin || row.id == viewer.id();
            Person {
                organization: row
                    .organization_id
                    .and_then(|id| organizations.get(&id).cloned()),
                email: show_email.then_some(row.email),
                id: row.id,
                name: row.name,
                is_admin: row.is_admin,
                job_title: row.job_title,
                phone: row.phone,
            }
        })
        .collect())
}
