#!/usr/bin/env bash
# One node of the development cluster: start (it rejoins by IST or SST), stop (clean), kill (kill -9, a crash), status.
#   deploy/galera/node.sh kill 1; deploy/galera/node.sh start 1
set -euo pipefail
source "$(dirname "$0")/common.sh"
action=${1:?usage: node.sh start|stop|kill|status N}; n=${2:?node number 1-$GALERA_NODES}
case "$action" in
  start) start_node "$n"; wait_ready "$n" "${GALERA_WAIT:-180}" ;;
  stop) stop_node "$n" ;;
  kill) pid=$(node_pid "$n"); [ -n "$pid" ] && kill -KILL "$pid" && log "node$n: killed (pid $pid)" ;;
  status) if node_ready "$n"; then echo "node$n synced"; elif node_running "$n"; then echo "node$n running, not synced"; else echo "node$n stopped"; fi ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
