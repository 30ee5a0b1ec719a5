//! Conversions between the WIT-generated governance types and the crate's own [`crate::model`].

use crate::exports::temper::kernel::governance as w;
use crate::model::{
    ActionScope, Decision, Denial, DurationScope, EntityRef, GovError, Policy, PrincipalScope, ResourceScope, Scope,
    ScopeOption, Status,
};

fn entity_from(e: w::EntityRef) -> EntityRef {
    EntityRef { entity_type: e.entity_type, id: e.id }
}

fn entity_to(e: EntityRef) -> w::EntityRef {
    w::EntityRef { entity_type: e.entity_type, id: e.id }
}

pub fn denial_from(d: w::Denial) -> Denial {
    Denial {
        tenant: d.tenant,
        principal: entity_from(d.principal),
        principal_attrs: d.principal_attrs,
        action: d.action,
        resource: entity_from(d.resource),
        session: d.session,
        request: d.request,
        request_id: d.request_id,
        time_ms: d.time_ms,
    }
}

fn status_from(s: w::DecisionStatus) -> Status {
    match s {
        w::DecisionStatus::Pending => Status::Pending,
        w::DecisionStatus::Approved => Status::Approved,
        w::DecisionStatus::Denied => Status::Denied,
    }
}

fn status_to(s: Status) -> w::DecisionStatus {
    match s {
        Status::Pending => w::DecisionStatus::Pending,
        Status::Approved => w::DecisionStatus::Approved,
        Status::Denied => w::DecisionStatus::Denied,
    }
}

pub fn scope_from(s: w::Scope) -> Scope {
    Scope {
        principal: match s.principal {
            w::PrincipalScope::ThisAgent => PrincipalScope::ThisAgent,
            w::PrincipalScope::AgentsWithRole => PrincipalScope::AgentsWithRole,
            w::PrincipalScope::AgentsOfType => PrincipalScope::AgentsOfType,
            w::PrincipalScope::AnyAgent => PrincipalScope::AnyAgent,
        },
        action: match s.action {
            w::ActionScope::ThisAction => ActionScope::ThisAction,
            w::ActionScope::AllActionsOnType => ActionScope::AllActionsOnType,
            w::ActionScope::AllActions => ActionScope::AllActions,
        },
        resource: match s.resource {
            w::ResourceScope::ThisResource => ResourceScope::ThisResource,
            w::ResourceScope::AnyOfType => ResourceScope::AnyOfType,
            w::ResourceScope::AnyResource => ResourceScope::AnyResource,
        },
        duration: match s.duration {
            w::DurationScope::Session => DurationScope::Session,
            w::DurationScope::Always => DurationScope::Always,
        },
    }
}

pub fn scope_to(s: Scope) -> w::Scope {
    w::Scope {
        principal: match s.principal {
            PrincipalScope::ThisAgent => w::PrincipalScope::ThisAgent,
            PrincipalScope::AgentsWithRole => w::PrincipalScope::AgentsWithRole,
            PrincipalScope::AgentsOfType => w::PrincipalScope::AgentsOfType,
            PrincipalScope::AnyAgent => w::PrincipalScope::AnyAgent,
        },
        action: match s.action {
            ActionScope::ThisAction => w::ActionScope::ThisAction,
            ActionScope::AllActionsOnType => w::ActionScope::AllActionsOnType,
            ActionScope::AllActions => w::ActionScope::AllActions,
        },
        resource: match s.resource {
            ResourceScope::ThisResource => w::ResourceScope::ThisResource,
            ResourceScope::AnyOfType => w::ResourceScope::AnyOfType,
            ResourceScope::AnyResource => w::ResourceScope::AnyResource,
        },
        duration: match s.duration {
            DurationScope::Session => w::DurationScope::Session,
            DurationScope::Always => w::DurationScope::Always,
        },
    }
}

pub fn decision_from(d: w::PendingDecision) -> Decision {
    Decision {
        id: d.id,
        tenant: d.tenant,
        principal: entity_from(d.principal),
        principal_attrs: d.principal_attrs,
        action: d.action,
        resource: entity_from(d.resource),
        session: d.session,
        request: d.request,
        status: status_from(d.status),
        created_ms: d.created_ms,
        denials: d.denials,
        last_denied_ms: d.last_denied_ms,
        decided_by: d.decided_by,
        decided_ms: d.decided_ms,
        reason: d.reason,
        scope: d.scope.map(scope_from),
        policy_id: d.policy_id,
    }
}

pub fn decision_to(d: Decision) -> w::PendingDecision {
    w::PendingDecision {
        id: d.id,
        tenant: d.tenant,
        principal: entity_to(d.principal),
        principal_attrs: d.principal_attrs,
        action: d.action,
        resource: entity_to(d.resource),
        session: d.session,
        request: d.request,
        status: status_to(d.status),
        created_ms: d.created_ms,
        denials: d.denials,
        last_denied_ms: d.last_denied_ms,
        decided_by: d.decided_by,
        decided_ms: d.decided_ms,
        reason: d.reason,
        scope: d.scope.map(scope_to),
        policy_id: d.policy_id,
    }
}

pub fn policy_to(p: Policy) -> w::Policy {
    w::Policy { id: p.id, text: p.text }
}

pub fn scope_option_to(o: ScopeOption) -> w::ScopeOption {
    w::ScopeOption { name: o.name, scope: scope_to(o.scope), summary: o.summary, policy: policy_to(o.policy) }
}

pub fn error_to(e: GovError) -> w::GovernanceError {
    match e {
        GovError::InvalidScope(m) => w::GovernanceError::InvalidScope(m),
        GovError::MalformedScope(m) => w::GovernanceError::MalformedScope(m),
        GovError::AlreadyDecided(s) => w::GovernanceError::AlreadyDecided(status_to(s)),
        GovError::InvalidValue(m) => w::GovernanceError::InvalidValue(m),
    }
}
