#!/usr/bin/env bash
# Runs Lighthouse (default mobile settings) against the release build served on 127.0.0.1 and
# prints the four category scores. Lighthouse (about 200 MB) is fetched by npx from the npm
# registry on first use and is kept out of the test install.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -f dist/index.html ] || make build
port=${LIGHTHOUSE_PORT:-8090}
node scripts/serve.mjs dist --port "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
mkdir -p tests/e2e/artifacts
npx --yes lighthouse@12.8.2 "http://127.0.0.1:$port/" --quiet \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
  --output=json --output=html --output-path=tests/e2e/artifacts/lighthouse
node -e '
  const report = require("./tests/e2e/artifacts/lighthouse.report.json");
  for (const [id, category] of Object.entries(report.categories)) {
    console.log(`${category.title}: ${Math.round(category.score * 100)}`);
  }
  const audits = report.audits;
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]) {
    console.log(`  ${audits[id].title}: ${audits[id].displayValue}`);
  }'
