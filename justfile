# Every recipe a contributor needs; CI runs `tools/run test`, which runs `just test`.
# One build profile (release) for the host, its tests and benchmarks, so nothing builds twice.

set shell := ["bash", "-euo", "pipefail", "-c"]

# The main job. Until the server lands (storage/OData issue), this builds everything and
# loads every bundled app through the interpreter component.
up: build
    #!/usr/bin/env bash
    set -euo pipefail
    for app in apps/*/specs; do
        echo "== ${app%/specs}"
        target/release/temper-host spec check "$app" | tail -n 1
    done

# Build the guest components (wasm32-unknown-unknown → component) into target/components.
components:
    cargo xtask components

# Build the host binary and the components.
build: components
    cargo build --release -p temper-host

# Format check, clippy, and every test (the real host binary and components included).
test: lint build
    cargo test --release --workspace --exclude temper-interpreter

# Formatting and lints, warnings are errors.
lint:
    cargo fmt --all --check
    cargo clippy --release --workspace --all-targets -- -D warnings

# Benchmarks (release): interpreter through the component vs natively, instantiation.
bench: build
    cargo bench -p temper-host --bench evaluate

# Re-bless golden files after an intended change of output.
bless: build
    TEMPER_BLESS=1 cargo test --release -p temper-host --test golden

fmt:
    cargo fmt --all
