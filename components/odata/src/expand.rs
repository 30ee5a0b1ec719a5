//! `$expand`: navigation properties resolved through the CSDL's referential constraints and
//! inlined into the entity (an object, `null`, or an array). A single-valued property follows
//! its own constraint (`owner_id` → the target with that `Id`); a collection follows its
//! `Partner`'s constraint on the target type (the targets whose foreign key holds this `Id`).
//! Every expanded entity is authorized like a read (`read` per entity, `list` per collection):
//! a denial fails the whole request, never drops data silently.

use crate::ctx::{Ctx, Target};
use crate::entity::{Fields, Obj, View, query_schema, render};
use crate::error::ODataError;
use crate::read::{PAGE_SIZE, query_error, run_query};
use crate::store;
use serde_json::{Value as Json, json};
use temper_odata_query::{CompareOp, ExpandItem, Expr, Literal, QueryOptions, check_options};
use temper_spec::csdl::{EntityType, NavigationProperty};

/// Deepest `$expand` nesting served (`$expand=A($expand=B)` has depth 2).
pub const MAX_DEPTH: u32 = 3;

/// How one navigation property reaches its targets.
enum Join {
    /// The source's `fk` field holds the target's `Id`.
    Single { fk: String },
    /// The target's `fk` field holds the source's `Id`.
    Many { fk: String },
}

/// One checked `$expand` item, ready to run for any number of source entities.
pub struct Step {
    name: String,
    target: Target,
    join: Join,
    /// The nested options for the target query (`$select` without navigation names).
    opts: QueryOptions,
    nested: Vec<Step>,
}

/// The checked plan of a request's `$expand` (empty without one).
pub struct Plan {
    steps: Vec<Step>,
}

/// `$select` without the names of the expanded navigation properties (they are rendered by
/// the expansion and are not in the query schema).
pub fn strip_select(select: Option<&[String]>, items: &[ExpandItem]) -> Option<Vec<String>> {
    select.map(|s| s.iter().filter(|n| !items.iter().any(|i| &i.property == *n)).cloned().collect())
}

fn nav_list(ety: &EntityType) -> String {
    let names: Vec<&str> = ety.navigation.iter().map(|n| n.name.as_str()).collect();
    if names.is_empty() { "none".to_string() } else { names.join(", ") }
}

fn no_join(ety: &EntityType, nav: &NavigationProperty) -> ODataError {
    let how = if nav.collection {
        format!(
            "give `{}` a `Partner` whose navigation property on {} has a \
             `<ReferentialConstraint Property=\"<foreign key>\" ReferencedProperty=\"Id\"/>`",
            nav.name, nav.target
        )
    } else {
        format!(
            "declare `<ReferentialConstraint Property=\"<foreign key>\" ReferencedProperty=\"Id\"/>` inside \
             the navigation property `{}` of {}",
            nav.name, ety.name
        )
    };
    ODataError::bad_request(format!(
        "`{}` of {} cannot be expanded: the CSDL does not say which property joins it; {how}",
        nav.name, ety.name
    ))
    .with_target("$expand")
}

/// The foreign key of a referential constraint that references the key `Id`.
fn key_fk(nav: &NavigationProperty) -> Option<String> {
    nav.referential.iter().find(|(_, referenced)| referenced == "Id").map(|(p, _)| p.clone())
}

fn join(ety: &EntityType, nav: &NavigationProperty, target: &Target) -> Result<Join, ODataError> {
    if !nav.collection {
        return key_fk(nav).map(|fk| Join::Single { fk }).ok_or_else(|| no_join(ety, nav));
    }
    let partner = nav.partner.as_deref().and_then(|p| target.ety.navigation.iter().find(|n| n.name == p));
    let fk = partner.and_then(key_fk).ok_or_else(|| no_join(ety, nav))?;
    Ok(Join::Many { fk })
}

fn step(ctx: &Ctx, ety: &EntityType, item: &ExpandItem) -> Result<Step, ODataError> {
    let Some(nav) = ety.navigation.iter().find(|n| n.name == item.property) else {
        return Err(ODataError::bad_request(format!(
            "{} has no navigation property `{}` to expand; navigation properties: {}",
            ety.name,
            item.property,
            nav_list(ety)
        ))
        .with_target("$expand"));
    };
    let target = ctx.type_target(&nav.target)?;
    let join = join(ety, nav, &target)?;
    let o = &item.options;
    if matches!(join, Join::Single { .. })
        && (o.filter.is_some() || !o.orderby.is_empty() || o.top.is_some() || o.skip.is_some())
    {
        return Err(ODataError::bad_request(format!(
            "`{}` is single-valued: only $select and $expand apply inside $expand={}(...)",
            nav.name, nav.name
        ))
        .with_target("$expand"));
    }
    let opts = QueryOptions {
        filter: o.filter.clone(),
        select: strip_select(o.select.as_deref(), &o.expand),
        orderby: o.orderby.clone(),
        top: o.top,
        skip: o.skip,
        ..QueryOptions::default()
    };
    check_options(&opts, &query_schema(&target.ety))
        .map_err(|e| query_error(e, false).with_detail("expand", format!("inside $expand={}", nav.name)))?;
    let nested = o.expand.iter().map(|i| step(ctx, &target.ety, i)).collect::<Result<Vec<_>, _>>()?;
    Ok(Step { name: nav.name.clone(), target, join, opts, nested })
}

/// Checks the request's `$expand` against the CSDL (navigation properties, joins, nested
/// options, depth) before anything is read.
pub fn plan(ctx: &Ctx, target: &Target, opts: &QueryOptions) -> Result<Plan, ODataError> {
    if opts.expand_depth() > MAX_DEPTH {
        return Err(ODataError::bad_request(format!(
            "$expand nests deeper than {MAX_DEPTH} levels; request fewer levels"
        ))
        .with_target("$expand"));
    }
    let steps = opts.expand.iter().map(|i| step(ctx, &target.ety, i)).collect::<Result<Vec<_>, _>>()?;
    Ok(Plan { steps })
}

impl Plan {
    /// Appends the expanded navigation properties of one source entity to its rendering.
    pub fn inline(&self, ctx: &Ctx, obj: &mut Obj, id: &str, fields: &Fields) -> Result<(), ODataError> {
        inline_steps(ctx, &self.steps, obj, id, fields)
    }
}

fn inline_steps(ctx: &Ctx, steps: &[Step], obj: &mut Obj, id: &str, fields: &Fields) -> Result<(), ODataError> {
    for s in steps {
        let rendered = match &s.join {
            Join::Single { fk } => single(ctx, s, fields.get(fk))?,
            Join::Many { fk } => {
                let (values, next) = many(ctx, s, fk, id)?;
                if let Some(link) = next {
                    obj.push(format!("{}@odata.nextLink", s.name), Json::String(link));
                }
                values
            }
        };
        obj.push_raw(s.name.clone(), rendered);
    }
    Ok(())
}

fn entity(ctx: &Ctx, s: &Step, v: &View<'_>) -> Result<String, ODataError> {
    let mut o = render(&s.target.ety, v, None, s.opts.select.as_deref());
    inline_steps(ctx, &s.nested, &mut o, v.id, v.fields)?;
    Ok(o.render())
}

fn single(ctx: &Ctx, s: &Step, key: Option<&Json>) -> Result<String, ODataError> {
    let Some(key) = key.and_then(Json::as_str).filter(|k| !k.is_empty()) else { return Ok("null".into()) };
    let ty = &s.target.deployed.entity_type;
    match store::load(ctx, &s.target, key)? {
        Some(row) => {
            ctx.authorize("read", ty, &row.id, &row.attrs())?;
            let v = View { id: &row.id, status: &row.status, seq: row.seq, fields: &row.fields };
            entity(ctx, s, &v)
        }
        None => {
            ctx.authorize("read", ty, key, &Json::Object(Fields::new()))?;
            Ok("null".into())
        }
    }
}

/// The targets whose `fk` holds `id`, with a next link when more than a page matches.
fn many(ctx: &Ctx, s: &Step, fk: &str, id: &str) -> Result<(String, Option<String>), ODataError> {
    ctx.authorize("list", &s.target.deployed.entity_type, "", &json!({}))?;
    let by_fk = Expr::Compare {
        op: CompareOp::Eq,
        left: Box::new(Expr::Property(vec![fk.to_string()])),
        right: Box::new(Expr::Literal(Literal::String(id.to_string()))),
    };
    let mut opts = s.opts.clone();
    opts.filter = Some(match opts.filter.take() {
        Some(f) => Expr::And(Box::new(by_fk), Box::new(f)),
        None => by_fk,
    });
    let res = run_query(ctx, &s.target, &opts)?;
    let mut values = Vec::with_capacity(res.rows.len());
    for (r, fields) in crate::read::readable_rows(ctx, &s.target, &res.rows)? {
        let v = View { id: &r.id, status: &r.status, seq: r.seq, fields: &fields };
        values.push(entity(ctx, s, &v)?);
    }
    let returned = res.rows.len() as u64;
    let next = (res.more && opts.top.is_none_or(|t| returned < t)).then(|| next_link(ctx, s, &opts, returned));
    Ok((format!("[{}]", values.join(",")), next))
}

/// `{base}{Set}?$filter=...&$orderby=...&$select=...&$skiptoken=n` for the rest of a collection.
fn next_link(ctx: &Ctx, s: &Step, opts: &QueryOptions, returned: u64) -> String {
    let mut q = Vec::new();
    if let Some(f) = &opts.filter {
        q.push(format!("$filter={}", encode(&f.to_string())));
    }
    if !opts.orderby.is_empty() {
        let keys: Vec<String> = opts
            .orderby
            .iter()
            .map(|o| format!("{} {}", o.property, format!("{:?}", o.direction).to_lowercase()))
            .collect();
        q.push(format!("$orderby={}", encode(&keys.join(","))));
    }
    if let Some(sel) = &opts.select {
        q.push(format!("$select={}", encode(&sel.join(","))));
    }
    let skip = opts.skip.unwrap_or(0);
    if skip > 0 {
        q.push(format!("$skip={skip}"));
    }
    if let Some(t) = opts.top {
        q.push(format!("$top={t}"));
    }
    q.push(format!("$skiptoken={}", skip + returned.min(PAGE_SIZE)));
    format!("{}{}?{}", ctx.base, s.target.deployed.entity_set, q.join("&"))
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' | b'(' | b')' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
