//! GraphQL for regions, organisations, the member directory and handover: thin
//! resolvers over the [`orgs`](super) service.

use async_graphql::{Context, ID, InputObject, Object};

use super::{
    NameKey,
    model::{
        Organization, OrganizationData, OrganizationId, OrganizationInputRaw, OrganizationKind,
        Person, Region, RegionId,
    },
};
use crate::{
    auth::model::AccountId,
    auth::viewer,
    error::AppResult,
    groups::{self, Access},
    page_object,
    paging::PageRequest,
    resolver::{parse_id, state},
};

page_object!(
    /// A page of organisations.
    OrganizationPage of Organization
);
page_object!(
    /// A page of people.
    PersonPage of Person
);

/// An administrative region.
#[Object]
impl Region {
    /// Stable id of the region.
    async fn id(&self) -> ID {
        ID(self.id.0.to_string())
    }
    /// The region's name, e.g. "Münster".
    async fn name(&self) -> &str {
        &self.name
    }
}

/// An organisation: a coordination office, an agency, or another body whose staff take
/// part. Visible to every signed-in account.
#[Object]
impl Organization {
    /// Stable id of the organisation.
    async fn id(&self) -> ID {
        ID(self.id.0.to_string())
    }
    /// The organisation's name, e.g. "Kreis Borken".
    async fn name(&self) -> &str {
        &self.name
    }
    /// What kind of body it is.
    async fn kind(&self) -> OrganizationKind {
        self.kind
    }
    /// The municipality it serves or sits in.
    async fn municipality(&self) -> &str {
        &self.municipality
    }
    /// The administrative region, if set.
    async fn region(&self, ctx: &Context<'_>) -> AppResult<Option<Region>> {
        match self.region_id {
            Some(id) => super::region(state(ctx), id).await,
            None => Ok(None),
        }
    }
    /// A short description (plain text).
    async fn description(&self) -> &str {
        &self.description
    }
    /// The office's contact address.
    async fn contact_email(&self) -> Option<&str> {
        self.contact_email.as_deref()
    }
    /// The office's phone number.
    async fn contact_phone(&self) -> Option<&str> {
        self.contact_phone.as_deref()
    }
    /// The office's website (http or https).
    async fn website(&self) -> Option<&str> {
        self.website.as_deref()
    }
    /// The organisation's people whom the viewer may see (those sharing a group with
    /// them; administrators see all), by last name.
    async fn members(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<PersonPage> {
        let page = PageRequest::<NameKey>::parse(first, after.as_deref())?;
        Ok(
            super::people(state(ctx), viewer(ctx)?, None, Some(self.id), &page)
                .await?
                .into(),
        )
    }
}

/// Another account as the viewer may see it.
#[Object(serial)]
impl Person {
    /// Stable id of the account.
    async fn id(&self) -> ID {
        ID(self.id.0.to_string())
    }
    /// Display name.
    async fn name(&self) -> &str {
        &self.name
    }
    /// The organisation the person works for, if any.
    async fn organization(&self) -> Option<&Organization> {
        self.organization.as_ref()
    }
    /// Whether the person is a platform administrator.
    async fn is_admin(&self) -> bool {
        self.is_admin
    }
    /// The email address: only for administrators and for the person themselves.
    async fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }
    /// The person's function in their office, e.g. "Koordinatorin Jugendhilfe", if
    /// they gave one.
    async fn job_title(&self) -> Option<&str> {
        self.job_title.as_deref()
    }
    /// The person's phone number, if they gave one.
    async fn phone(&self) -> Option<&str> {
        self.phone.as_deref()
    }
    /// The groups the viewer and this person are both members of.
    async fn shared_groups(&self, ctx: &Context<'_>) -> AppResult<Vec<Access>> {
        groups::shared_groups(state(ctx), viewer(ctx)?, self.id).await
    }
}

/// An organisation's data.
#[derive(InputObject)]
pub struct OrganizationInput {
    /// 1–200 characters, unique (ignoring case).
    name: String,
    /// What kind of body it is.
    kind: OrganizationKind,
    /// 1–200 characters.
    municipality: String,
    /// One of `regions`.
    region_id: Option<ID>,
    /// Plain text, at most 20 000 characters.
    description: Option<String>,
    /// A valid email address.
    contact_email: Option<String>,
    /// Digits, spaces and + ( ) / -.
    contact_phone: Option<String>,
    /// An http:// or https:// address.
    website: Option<String>,
}

impl OrganizationInput {
    fn parse(&self) -> AppResult<OrganizationData> {
        let region_id = self
            .region_id
            .as_ref()
            .map(|id| parse_id("regionId", id).map(RegionId))
            .transpose()?;
        OrganizationData::parse(OrganizationInputRaw {
            name: &self.name,
            kind: self.kind,
            municipality: &self.municipality,
            region_id,
            description: self.description.as_deref(),
            contact_email: self.contact_email.as_deref(),
            contact_phone: self.contact_phone.as_deref(),
            website: self.website.as_deref(),
        })
    }
}

/// Queries about organisations and people.
#[derive(Default)]
pub struct OrgsQuery;

#[Object]
impl OrgsQuery {
    /// Every region, in their fixed order.
    async fn regions(&self, ctx: &Context<'_>) -> AppResult<Vec<Region>> {
        super::regions(state(ctx), viewer(ctx)?).await
    }

    /// The organisations by name, optionally only those whose name or municipality
    /// contains `search`, or those of one region.
    async fn organizations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
        region_id: Option<ID>,
    ) -> AppResult<OrganizationPage> {
        let page = PageRequest::<NameKey>::parse(first, after.as_deref())?;
        let region = region_id
            .map(|id| parse_id("regionId", &id).map(RegionId))
            .transpose()?;
        Ok(
            super::organizations(state(ctx), viewer(ctx)?, search.as_deref(), region, &page)
                .await?
                .into(),
        )
    }

    /// One organisation; NOT_FOUND when there is none with this id.
    async fn organization(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<Organization>> {
        let id = OrganizationId(parse_id("id", &id)?);
        Ok(Some(
            super::organization(state(ctx), viewer(ctx)?, id).await?,
        ))
    }

    /// The member directory: the people the viewer may see (those sharing at least one
    /// group with them, and themselves; administrators see everyone), by last name,
    /// optionally only those whose name contains `search`, or those of one organisation.
    async fn people(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
        organization_id: Option<ID>,
    ) -> AppResult<PersonPage> {
        let page = PageRequest::<NameKey>::parse(first, after.as_deref())?;
        let organization = organization_id
            .map(|id| parse_id("organizationId", &id).map(OrganizationId))
            .transpose()?;
        Ok(super::people(
            state(ctx),
            viewer(ctx)?,
            search.as_deref(),
            organization,
            &page,
        )
        .await?
        .into())
    }

    /// One person of the directory; NOT_FOUND unless the viewer may see them.
    async fn person(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<Person>> {
        let id = AccountId(parse_id("id", &id)?);
        Ok(Some(super::person(state(ctx), viewer(ctx)?, id).await?))
    }
}

/// Mutations of organisations and of accounts' offices (administrators).
#[derive(Default)]
pub struct OrgsMutation;

#[Object]
impl OrgsMutation {
    /// Creates an organisation (administrators).
    async fn create_organization(
        &self,
        ctx: &Context<'_>,
        input: OrganizationInput,
    ) -> AppResult<Organization> {
        let data = input.parse()?;
        super::create_organization(state(ctx), viewer(ctx)?, data).await
    }

    /// Changes an organisation (administrators).
    async fn update_organization(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: OrganizationInput,
    ) -> AppResult<Organization> {
        let id = OrganizationId(parse_id("id", &id)?);
        let data = input.parse()?;
        super::update_organization(state(ctx), viewer(ctx)?, id, data).await
    }

    /// Puts an account into an organisation, or takes it out with a null
    /// `organizationId` (administrators).
    async fn set_account_organization(
        &self,
        ctx: &Context<'_>,
        account_id: ID,
        organization_id: Option<ID>,
    ) -> AppResult<Person> {
        let account = AccountId(parse_id("accountId", &account_id)?);
        let organization = organization_id
            .map(|id| parse_id("organizationId", &id).map(OrganizationId))
            .transpose()?;
        super::set_account_organization(state(ctx), viewer(ctx)?, account, organization).await
    }

    /// Staff turnover (administrators): moves the group memberships of one account to a
    /// successor in the same organisation; where the successor is a member already, the
    /// higher role stays. What the original account wrote stays attributed to it.
    async fn hand_over(
        &self,
        ctx: &Context<'_>,
        from_account_id: ID,
        to_account_id: ID,
    ) -> AppResult<bool> {
        let from = AccountId(parse_id("fromAccountId", &from_account_id)?);
        let to = AccountId(parse_id("toAccountId", &to_account_id)?);
        groups::hand_over(state(ctx), viewer(ctx)?, from, to).await?;
        Ok(true)
    }
}
