//! The interpreter component: exports `temper:kernel/interpreter` over the shared spec
//! library. It imports nothing — no clock, no randomness, no I/O — so it is deterministic by
//! construction, and the host, the verifier and the simulator run this same binary.

// wit-bindgen's generated canonical-ABI glue (export shims, `cabi_realloc`) is `unsafe`;
// the crate's own code has none.
#![allow(unsafe_code)]

mod check;
mod convert;

use convert::*;
use exports::temper::kernel::interpreter::{
    EffectOutput, EntityState, EvalRequest, Guest, ModelCheckReport, ModelCheckRequest, Rejection, SpecSummary,
    Transition,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use temper::kernel::types::{Diagnostic, SourceFile};
use temper_spec::machine::{Machine, Request};

wit_bindgen::generate!({
    world: "interpreter-component",
    path: "../../wit/kernel",
});

thread_local! {
    /// Compiled specs by content hash. A component instance is single-threaded.
    static SPECS: RefCell<HashMap<String, Rc<Machine>>> = RefCell::new(HashMap::new());
}

fn spec(id: &str) -> Result<Rc<Machine>, Rejection> {
    SPECS.with(|s| s.borrow().get(id).cloned()).ok_or_else(|| Rejection::UnknownSpec(id.to_string()))
}

struct Interpreter;

impl Guest for Interpreter {
    fn load(files: Vec<SourceFile>) -> Result<Vec<SpecSummary>, Vec<Diagnostic>> {
        let files: Vec<temper_spec::SourceFile> =
            files.into_iter().map(|f| temper_spec::SourceFile { name: f.name, content: f.content }).collect();
        let loaded = temper_spec::load(&files).map_err(|d| d.0.iter().map(diagnostic).collect::<Vec<_>>())?;
        let mut out = Vec::with_capacity(loaded.machines.len());
        SPECS.with(|s| {
            let mut specs = s.borrow_mut();
            for m in loaded.machines {
                out.push(summary(&m));
                specs.entry(m.id.clone()).or_insert_with(|| Rc::new(m));
            }
        });
        Ok(out)
    }

    fn is_loaded(spec_id: String) -> bool {
        SPECS.with(|s| s.borrow().contains_key(&spec_id))
    }

    fn describe(spec_id: String) -> Result<SpecSummary, Rejection> {
        Ok(summary(&*spec(&spec_id)?))
    }

    fn initial_state(spec_id: String) -> Result<EntityState, Rejection> {
        let m = spec(&spec_id)?;
        let (status, vars) = m.initial();
        Ok(EntityState { status, vars: vars.into_iter().map(to_wit).collect() })
    }

    fn created(spec_id: String, entity_id: String, state: EntityState) -> Result<Vec<EffectOutput>, Rejection> {
        let m = spec(&spec_id)?;
        let vars: Vec<_> = state.vars.into_iter().map(from_wit).collect();
        let outs = m.created(&entity_id, &state.status, &vars).map_err(rejection)?;
        Ok(outs.into_iter().map(convert::output).collect())
    }

    fn evaluate(req: EvalRequest) -> Result<Transition, Rejection> {
        evaluate_one(req)
    }

    fn evaluate_batch(reqs: Vec<EvalRequest>) -> Vec<Result<Transition, Rejection>> {
        reqs.into_iter().map(evaluate_one).collect()
    }

    fn check_state(spec_id: String, write: String, state: EntityState) -> Result<(), Rejection> {
        let m = spec(&spec_id)?;
        let vars: Vec<_> = state.vars.into_iter().map(from_wit).collect();
        m.check_state(&write, &state.status, &vars).map_err(rejection)
    }

    fn model_check(req: ModelCheckRequest) -> Result<ModelCheckReport, Rejection> {
        let m = spec(&req.spec)?;
        check::run(&m, req)
    }
}

fn evaluate_one(req: EvalRequest) -> Result<Transition, Rejection> {
    let m = spec(&req.spec)?;
    let vars: Vec<_> = req.state.vars.into_iter().map(from_wit).collect();
    let params: Vec<_> = req.params.into_iter().map(|p| (p.name, from_wit(p.value))).collect();
    let related: Vec<_> = req
        .related
        .into_iter()
        .map(|r| temper_spec::predicate::Related { entity_type: r.entity_type, id: r.id, status: r.status })
        .collect();
    let request = Request {
        entity_id: &req.entity_id,
        seq: req.seq,
        status: &req.state.status,
        vars: &vars,
        action: &req.action,
        params: &params,
        related: &related,
    };
    m.evaluate(&request).map(transition).map_err(rejection)
}

export!(Interpreter);
