#!/usr/bin/env bash
# The command line as users run it, from launch to exit, each command a fresh process (issue #6's speed targets):
#   bench/cold-cli.sh DATA ROUNDS LAUNCHER [LAUNCHER...]
# DATA holds `vault/` and `backup.json`, as `ImportHarness COUNT 0 DATA` makes them. Each LAUNCHER is an app
# image's or an installed `bin/nexus`; with several, they take turns, so a slow moment of the machine falls on all.
# Each round: import the vault into a new folder, export it as a vault and as JSON, then import the JSON into
# another new folder. Prints every round, then the median of each command per launcher.
# Nothing is deleted until the end: on this VM's disk (ext4 without a journal), the first files created after
# thousands were deleted cost the kernel extra time each for a minute or so (docs/performance/log/session-09.md), so a
# round that deleted the last one's export would time the kernel instead of the export.
set -euo pipefail

if [ $# -lt 3 ]; then
    sed -n '2,6p' "$0"
    exit 2
fi
data=$1
rounds=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Milliseconds a fixed loop of awk takes: this VM's CPU is up to 60 % slower at some moments than at others (the
# same loop took 176-261 ms within a minute), so each round says how quick the machine was when it ran.
cpu_check() {
    local start end
    start=$(date +%s%N)
    awk 'BEGIN { for (i = 0; i < 5000000; i++) sum += i * i }'
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

# Seconds from launch to exit of one command (its output is not wanted).
timed() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    awk -v start="$start" -v end="$end" 'BEGIN { print end - start }'
}

printf '%-44s %12s %12s %12s %12s %12s\n' launcher "vault import" "json import" "vault export" "json export" \
    "cpu check ms"
run=0
for round in $(seq "$rounds"); do
    for launcher in "$@"; do
        run=$((run + 1))
        out="$work/$run"
        mkdir "$out"
        check=$(cpu_check)
        vault_import=$(timed "$launcher" --home "$out/home" import "$data/vault")
        vault_export=$(timed "$launcher" --home "$out/home" export --format vault --out "$out/vault")
        json_export=$(timed "$launcher" --home "$out/home" export --format json --out "$out/backup.json")
        json_import=$(timed "$launcher" --home "$out/restored" import "$data/backup.json")
        printf '%-44s %12.2f %12.2f %12.2f %12.2f %12d\n' "$launcher" "$vault_import" "$json_import" "$vault_export" \
            "$json_export" "$check" | tee -a "$work/rounds"
    done
done

echo
echo "median of $rounds rounds, seconds (targets: import 5, export 3)"
for launcher in "$@"; do
    printf '%-44s' "$launcher"
    for column in 2 3 4 5 6; do
        awk -v launcher="$launcher" -v column="$column" '$1 == launcher { print $column }' "$work/rounds" | sort -n \
            | awk '{ values[NR] = $1 } END { middle = (NR + 1) / 2;
                     printf " %12.2f", (values[int(middle)] + values[int(middle + 0.5)]) / 2 }'
    done
    echo
done
