# The README's two commands are `make serve` and `make test`; both run setup first.
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: setup build serve test lint test-native test-shapes test-fuzz fuzz test-wasm test-e2e lighthouse

setup:
	@scripts/setup.sh

# The release build recompiles std at opt-level "z" and turns a panic into a plain trap, which cuts
# the page's wasm by about 15 KB gzip. These are unstable cargo and rustc options, unlocked on the
# stable toolchain with RUSTC_BOOTSTRAP and set for this build only: ARCHITECTURE.md, "Wasm size".
SIZE_ENV := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"

build: setup
	@$(ENV) $(SIZE_ENV) trunk build --release --offline

serve: build
	@$(ENV) node scripts/serve.mjs dist --port $${PORT:-8080}

test: setup lint test-native test-shapes test-fuzz test-wasm build test-e2e
	@echo "All test layers passed: native, fuzz smoke, wasm (headless Chromium), end-to-end (Chromium)."

lint:
	@$(ENV) cargo fmt --check
	@$(ENV) cd fuzz && cargo fmt --check
	@$(ENV) cargo clippy --all-targets --locked -- -D warnings
	@$(ENV) cargo clippy --lib --bin article-explorer --bin worker --target wasm32-unknown-unknown --locked -- -D warnings

test-native:
	@$(ENV) cargo test --locked

# Time and heap of the engine on pathological inputs, 1 MB and 4 MB each (issue 14's table), in a
# native release build; fails when a shape breaks the bounds in src/bin/explore/shapes.rs.
test-shapes:
	@$(ENV) cargo run --release --locked --quiet --bin explore -- shapes --check

# The fuzz targets (fuzz/, cargo-fuzz and libFuzzer): `make test` runs each for FUZZ_SMOKE_SECONDS,
# three at a time (two rounds for the five targets, so the smoke run stays within 3 minutes with
# its build); `make fuzz` for FUZZ_SECONDS (default 30), e.g. `FUZZ_SECONDS=600 make fuzz`.
# fuzz/README.md.
FUZZ_SMOKE_SECONDS ?= 30
test-fuzz:
	@$(ENV) FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) FUZZ_PARALLEL=$${FUZZ_PARALLEL:-3} fuzz/run.sh

fuzz: setup
	@$(ENV) fuzz/run.sh $(FUZZ_TARGETS)

test-wasm:
	@$(ENV) CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --locked --target wasm32-unknown-unknown --test web

test-e2e:
	@$(ENV) node --test --test-concurrency=1 tests/e2e/

lighthouse: build
	@scripts/lighthouse.sh
