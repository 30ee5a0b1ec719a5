# Every recipe a contributor needs; CI runs `tools/run test`, which runs `just test`.
# One build profile (release) for the host, its tests and benchmarks, so nothing builds twice.

set shell := ["bash", "-euo", "pipefail", "-c"]

# The main job: serve the bundled apps as a live OData API on an embedded libSQL file
# (`.temper/temper.db`). Extra arguments go to `temper-host up`, e.g. `just up --port 8080`.
up *ARGS: build
    cargo run --release --quiet -p temper-host -- up {{ARGS}}

# Build the guest components (wasm32-unknown-unknown → component) into target/components.
components:
    cargo xtask components

# The OData and interpreter components composed (wac-graph) with pure-Wasm stand-ins for the
# host — in-memory storage, Cedar authz, clock, and a registry serving one bundled app (default
# apps/tasks, or `just portable --app DIR`) — into target/portable/temper-portable.wasm, which
# imports only standard WASI.
# The kernel as one self-contained wasi:http component (target/portable/temper-portable.wasm).
portable *ARGS:
    cargo xtask portable {{ARGS}}

# The wasmtime CLI is installed into ~/.cache/temper/tools on first use (a 10–15 minute build,
# so not part of CI). `wasmtime serve` instantiates the component afresh for every request: data
# does not outlive a request there. Address: $TEMPER_PORTABLE_ADDR (default 127.0.0.1:8080).
# Serve the portable component with `wasmtime serve`.
portable-wasmtime *ARGS: portable
    #!/usr/bin/env bash
    set -euo pipefail
    tools="${TEMPER_TOOLS_DIR:-$HOME/.cache/temper/tools}"
    if [ ! -x "$tools/bin/wasmtime" ]; then
        echo "==> installing wasmtime-cli 50.0.1 into $tools (cargo install; 10–15 minutes)" >&2
        cargo install wasmtime-cli@50.0.1 --locked --no-default-features \
            --features serve,run,cranelift,component-model,component-model-async,parallel-compilation --root "$tools"
    fi
    target="${CARGO_TARGET_DIR:-target}"
    # This minimal CLI build has no pooling allocator (serve's default), hence `-O pooling-allocator=n`.
    exec "$tools/bin/wasmtime" serve -O pooling-allocator=n --addr "${TEMPER_PORTABLE_ADDR:-127.0.0.1:8080}" {{ARGS}} "$target/portable/temper-portable.wasm"

# Build the host binary and the components.
build: components
    cargo build --release -p temper-host

# The portable component is built too: host/tests/portable.rs serves it with jco on Node.js.
# Format check, clippy, and every test (the real host binary and components included).
test: lint build portable
    cargo test --release --workspace --exclude temper-interpreter

# Formatting and lints, warnings are errors.
lint:
    cargo fmt --all --check
    cargo clippy --release --workspace --all-targets -- -D warnings

# Benchmarks (release): interpreter through the component vs natively, instantiation; HTTP
# end to end vs raw libSQL; one Cedar check with 1,000 policies; what authorization costs end
# to end; L1 states/s inside the component vs natively vs Stateright; one integration call (fresh
# instance) vs a bare instantiation; an integration call with its callback dispatch end to end;
# an app install from a local registry until its API answers, cold and warm; an MCP tools/call
# vs the same operation through OData.
bench: build
    cargo bench -p temper-host --bench evaluate
    cargo bench -p temper-host --bench http
    cargo bench -p temper-host --bench authz
    cargo bench -p temper-host --bench authz_e2e
    cargo bench -p temper-host --bench l1
    cargo bench -p temper-host --bench cascade
    cargo bench -p temper-host --bench integration
    cargo bench -p temper-host --bench integration_e2e
    cargo bench -p temper-host --bench app_install
    cargo bench -p temper-host --bench mcp

# Re-bless golden files after an intended change of output.
bless: build
    TEMPER_BLESS=1 cargo test --release -p temper-host --test golden

fmt:
    cargo fmt --all
