#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing. Idempotent; a few seconds
# when everything is present. Sources of everything: cargo's registry, npm's registry and Debian apt.
set -euo pipefail
cd "$(dirname "$0")/.."
unset NO_COLOR

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
say() { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || fail "cargo is not on PATH; install Rust with rustup first."
command -v npm >/dev/null || fail "npm is not on PATH; install Node.js 20 or later first."

# 1. The wasm target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || fail "rustup could not add wasm32-unknown-unknown"
fi
# The standard library's source: the release build recompiles std for size (see ARCHITECTURE.md).
if ! rustup component list --installed 2>/dev/null | grep -qx rust-src; then
  say "adding the rust-src component"
  rustup component add rust-src || fail "rustup could not add rust-src"
fi

# 2. Trunk, built without its fat-LTO profile (8 instead of 18 minutes on 2 cores).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION" || fail "cargo install trunk failed"
fi

# 3. wasm-bindgen-cli at exactly the Cargo.lock version (no --locked: its lock pins a crate the
#    registry here does not serve).
[ -f Cargo.lock ] || cargo generate-lockfile
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$WBG_VERSION" ] || fail "no wasm-bindgen version found in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force || fail "cargo install wasm-bindgen-cli failed"
fi

# 3b. cargo-fuzz for the fuzz targets in fuzz/ (libFuzzer, built from C++ by libfuzzer-sys, so a
#     C++ compiler too). About 2 minutes.
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes)"
  cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION" --force || fail "cargo install cargo-fuzz failed"
fi
if ! command -v c++ >/dev/null; then
  say "installing g++ from apt (libFuzzer is C++)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq g++ \
    || fail "apt-get install g++ failed"
fi

# 4. Node packages: binaryen's wasm-opt (Debian's is too old), playwright-core and axe-core for the
#    end-to-end tests. Project-local and git-ignored (node_modules/); no browser download.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/axe-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
fi
"$PWD/node_modules/.bin/wasm-opt" --version | grep -q 'version_132' || fail "node_modules wasm-opt is not version 132"

# 5. Chromium and its driver, from Debian.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from apt"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver \
    || fail "apt-get install chromium chromium-driver failed"
fi

# 6. Crates, so that offline builds (trunk --offline passes --offline to cargo) find them.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked || fail "cargo fetch failed"
# fuzz/ has its own Cargo.lock (its own workspace). When a dependency of the main package changes,
# that lock is stale: update it rather than fail, and say so.
if ! cargo fetch --locked --manifest-path fuzz/Cargo.toml >/dev/null 2>&1; then
  cargo fetch --manifest-path fuzz/Cargo.toml || fail "cargo fetch for fuzz/ failed"
  say "updated fuzz/Cargo.lock to the main package's dependencies: commit it"
fi
# ...and the standard library's own dependencies, which the size build compiles from rust-src.
fetch_std() {
  RUSTC_BOOTSTRAP=1 cargo fetch --locked -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown "$@"
}
fetch_std >/dev/null 2>&1 || fetch_std || fail "cargo fetch of the standard library's dependencies failed"
say "ready"
