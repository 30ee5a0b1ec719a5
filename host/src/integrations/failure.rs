//! Why an invocation failed, in words a trajectory can show, and how a wasmtime error becomes
//! one of these reasons (fuel, epoch, memory, any other trap).

use super::budgets::Budgets;
use std::fmt;
use wasmtime::{Trap, WasmBacktrace};

/// Every way an invocation can fail. `Display` says what happened and which budget or policy
/// decided it; no variant ever holds a secret value or an HTTP header or body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No module of that name is installed for the tenant.
    NotInstalled { tenant: String, module: String, installed: Vec<String> },
    /// The module returned a failure (its own text, e.g. `payment declined: 402 …`).
    Module(String),
    /// The module used up its fuel budget.
    OutOfFuel { fuel: u64 },
    /// The module ran past its wall-time budget.
    WallTime { ms: u64 },
    /// The module tried to grow its memory beyond the budget and died.
    Memory { bytes: usize },
    /// The module trapped (a panic, `unreachable`, …): the trap and a backtrace summary.
    Trap(String),
    /// Cedar denied an outbound request (`http_call`), naming the deciding policies.
    HttpDenied { host: String, policies: Vec<String> },
    /// A response body was larger than the module's `max_response_bytes`.
    ResponseTooLarge { host: String, limit: u64 },
    /// An outbound request timed out (connect, first byte or between bytes: the remaining
    /// wall time bounds each).
    Timeout { host: String },
    /// An outbound request failed in transport (DNS, connection refused, protocol error).
    Transport { host: String, reason: String },
    /// The host could not run the call at all (e.g. not on a tokio blocking thread).
    Host(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotInstalled { tenant, module, installed } => {
                let list = if installed.is_empty() { "none".to_string() } else { installed.join(", ") };
                write!(f, "integration module `{module}` is not installed for tenant `{tenant}` (installed: {list})")
            }
            Self::Module(text) => write!(f, "module failed: {text}"),
            Self::OutOfFuel { fuel } => write!(f, "module ran out of fuel (budget {fuel})"),
            Self::WallTime { ms } => write!(f, "module exceeded its wall time (budget {ms} ms)"),
            Self::Memory { bytes } => write!(f, "module exceeded its memory budget ({bytes} bytes)"),
            Self::Trap(t) => write!(f, "module trapped: {t}"),
            Self::HttpDenied { host, policies } => {
                let by = if policies.is_empty() { "no policy permits it".to_string() } else { policies.join(", ") };
                write!(f, "HTTP request to `{host}` denied by Cedar ({by})")
            }
            Self::ResponseTooLarge { host, limit } => {
                write!(f, "response from `{host}` is larger than the module's limit of {limit} bytes")
            }
            Self::Timeout { host } => write!(f, "HTTP request to `{host}` timed out"),
            Self::Transport { host, reason } => write!(f, "HTTP request to `{host}` failed: {reason}"),
            Self::Host(why) => write!(f, "host error: {why}"),
        }
    }
}

impl std::error::Error for Failure {}

/// Most backtrace frames quoted in a trap.
const FRAMES: usize = 6;

/// The failure a wasmtime error (from instantiation or the call) stands for. `memory_refused`:
/// the limiter refused a growth during this call.
pub fn from_error(e: &wasmtime::Error, budgets: &Budgets, memory_refused: bool) -> Failure {
    if memory_refused {
        return Failure::Memory { bytes: budgets.memory_bytes };
    }
    match e.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => Failure::OutOfFuel { fuel: budgets.fuel },
        Some(Trap::Interrupt) => Failure::WallTime { ms: budgets.wall_ms },
        Some(trap) => Failure::Trap(with_backtrace(trap.to_string(), e)),
        None => Failure::Trap(with_backtrace(format!("{e:#}"), e)),
    }
}

fn with_backtrace(message: String, e: &wasmtime::Error) -> String {
    let Some(bt) = e.downcast_ref::<WasmBacktrace>() else { return message };
    let frames: Vec<String> = bt
        .frames()
        .iter()
        .take(FRAMES)
        .map(|f| f.func_name().map_or_else(|| format!("func[{}]", f.func_index()), ToString::to_string))
        .collect();
    if frames.is_empty() { message } else { format!("{message} (in {})", frames.join(" ← ")) }
}
