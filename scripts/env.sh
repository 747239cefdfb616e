# Sourced by the Makefile's recipes: puts the project's tools first on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium
export TRUNK_SKIP_VERSION_CHECK=true
unset NO_COLOR
