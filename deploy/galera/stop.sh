#!/usr/bin/env bash
# Stops the development Galera cluster cleanly (last node last, so it is marked safe to bootstrap). --purge deletes the data too.
set -euo pipefail
source "$(dirname "$0")/common.sh"
for n in $(seq "$GALERA_NODES" -1 1); do stop_node "$n"; done
if [ "${1:-}" = "--purge" ]; then log "removing $GALERA_DIR"; rm -rf "$GALERA_DIR"; fi
