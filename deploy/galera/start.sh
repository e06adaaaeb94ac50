#!/usr/bin/env bash
# Starts the 3-node MariaDB Galera development cluster on loopback and waits until every node is synced.
# The first node bootstraps (or, after a full outage, the most advanced one); the others join by state transfer
# (mariabackup SST, or IST from the donor's gcache). Prints the DATABASE_URL that lists the three nodes.
#   deploy/galera/start.sh            # GALERA_DIR, GALERA_SQL_PORT, … see common.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_packages
mkdir -p "$GALERA_DIR"

running=()
for n in $(seq 1 "$GALERA_NODES"); do node_running "$n" && running+=("$n"); done
if [ ${#running[@]} -eq 0 ]; then
  first=$(most_advanced_node)
  start_node "$first" --bootstrap
  wait_ready "$first"
else
  first=${running[0]}
fi
for n in $(seq 1 "$GALERA_NODES"); do
  [ "$n" = "$first" ] && continue
  start_node "$n"
  # One joiner at a time: each needs a donor, and the machine is small.
  wait_ready "$n"
done
size=$(mariadb --protocol=tcp -h127.0.0.1 -P"$(sql_port "$first")" -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)
log "cluster '$GALERA_CLUSTER_NAME' ready: $size nodes, data in $GALERA_DIR"
hosts=()
for n in $(seq 1 "$GALERA_NODES"); do hosts+=("127.0.0.1:$(sql_port "$n")"); done
echo "mysql://root@$(IFS=,; echo "${hosts[*]}")/steppe"
