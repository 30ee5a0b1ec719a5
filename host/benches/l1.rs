//! L1 model-checking throughput (release; `just bench`): states per second on a reference spec
//! with 1,000,000 reachable states (`l1_app/Grid.ioa.toml`), in the same run: inside the
//! interpreter component (`model-check`, what `temper-host verify` uses), the same search over
//! the spec library natively, and the same model written for Stateright (single thread, BFS).
//! Target: at least Stateright's rate.

use stateright::{Checker, Model, Property};
use std::path::Path;
use std::time::Instant;
use temper_host::runtime::Runtime;
use temper_host::runtime::interpreter::{CheckMove, InterpreterPool, ModelCheckRequest, SourceFile};
use temper_verifier::State;
use temper_verifier::l1::{self, Options};
use temper_verifier::native::{NativeKernel, spec_parts};

/// The Grid spec by hand, for Stateright.
struct Grid;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Act {
    IncA,
    IncB,
    IncC,
    ResetA,
}

impl Model for Grid {
    type State = (u8, u8, u8);
    type Action = Act;

    fn init_states(&self) -> Vec<Self::State> {
        vec![(0, 0, 0)]
    }

    fn actions(&self, _: &Self::State, actions: &mut Vec<Self::Action>) {
        actions.extend([Act::IncA, Act::IncB, Act::IncC, Act::ResetA]);
    }

    fn next_state(&self, s: &Self::State, a: Self::Action) -> Option<Self::State> {
        let (x, y, z) = *s;
        match a {
            Act::IncA if x < 99 => Some((x + 1, y, z)),
            Act::IncB if y < 99 => Some((x, y + 1, z)),
            Act::IncC if z < 99 => Some((x, y, z + 1)),
            Act::ResetA if x > 0 => Some((0, y, z)),
            _ => None,
        }
    }

    fn properties(&self) -> Vec<Property<Self>> {
        vec![Property::always("Bounded", |_, s: &(u8, u8, u8)| s.0 <= 99 && s.1 <= 99 && s.2 <= 99)]
    }
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("benches/l1_app/Grid.ioa.toml"))?;
    println!("temper L1 benchmark (release): the Grid spec, 1,000,000 reachable states");
    println!("{:<44} {:>10} {:>12} {:>12}", "engine", "states", "seconds", "states/s");

    let t = Instant::now();
    let checker = Grid.checker().threads(1).spawn_bfs().join();
    let sr_secs = t.elapsed().as_secs_f64();
    let sr_states = checker.unique_state_count();
    anyhow::ensure!(checker.discovery("Bounded").is_none(), "Stateright found a violation");
    println!(
        "{:<44} {:>10} {:>12.2} {:>12.0}",
        "Stateright 0.31 (BFS, 1 thread)",
        sr_states,
        sr_secs,
        sr_states as f64 / sr_secs
    );

    let m = temper_spec::load(&[temper_spec::SourceFile::new("Grid.ioa.toml", text.clone())])
        .map_err(|d| anyhow::anyhow!("{d}"))?
        .machines
        .remove(0);
    let parts = spec_parts(&m);
    let within = |_: &State| true;
    let model = parts.model(&within);
    let t = Instant::now();
    let native = l1::check(&model, &mut NativeKernel(m.clone()), &Options { max_states: 2_000_000, max_traces: 5 })
        .map_err(|e| anyhow::anyhow!(e))?;
    let native_secs = t.elapsed().as_secs_f64();
    anyhow::ensure!(native.passed(), "{}", native.summary());
    println!(
        "{:<44} {:>10} {:>12.2} {:>12.0}",
        "temper L1 over the spec library (native)",
        native.states,
        native_secs,
        native.states as f64 / native_secs
    );

    let runtime = Runtime::new(Runtime::default_cache_dir())?;
    let mut interp = InterpreterPool::locate(&runtime, None)?.instantiate()?;
    let spec = interp
        .load(&[SourceFile { name: "Grid.ioa.toml".into(), content: text }])?
        .map_err(|d| anyhow::anyhow!("{} diagnostics", d.len()))?
        .remove(0)
        .id;
    let req = ModelCheckRequest {
        spec,
        initial: None,
        moves: parts.moves.iter().map(|mv| CheckMove { action: mv.action.clone(), params: vec![] }).collect(),
        bounds: vec![None; parts.var_names.len()],
        liveness: vec![],
        max_states: 2_000_000,
        max_traces: 5,
        untracked: vec![],
        canonical: vec![],
    };
    let t = Instant::now();
    let inside = interp.model_check(&req)?.map_err(|r| anyhow::anyhow!("{r:?}"))?;
    let comp_secs = t.elapsed().as_secs_f64();
    anyhow::ensure!(inside.passed, "{}", inside.summary);
    let comp_rate = inside.states as f64 / comp_secs;
    println!(
        "{:<44} {:>10} {:>12.2} {:>12.0}",
        "temper L1 inside the interpreter component", inside.states, comp_secs, comp_rate
    );
    println!(
        "component / Stateright: {:.2}× the rate (target ≥ 1.0×; Stateright publishes ≈1.1M states/s)",
        comp_rate / (sr_states as f64 / sr_secs)
    );
    Ok(())
}
