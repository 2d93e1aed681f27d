#!/usr/bin/env bash
# Hammers one project with concurrent writer processes of the built product and counts lost updates: K-1
# processes run 'sameboat code' and one runs 'sameboat import', M rounds each, all at once. Every command that
# exits 0 said its change was saved; afterwards every such change must be in the project (lost must be 0), and
# no transcript may lie in sources/ without a document naming it.
#
# usage: releng/bench-concurrent-writers.sh [K] [M]      (defaults 4 and 10; needs ./mvnw -DskipTests verify first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
writers="${1:-4}"
rounds="${2:-10}"
sameboat="$here/sameboat"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

project="$work/project"
"$sameboat" new "$project" > /dev/null
printf '#session: 1\n\nAna: %s\nBen: %s\n' "$(printf 'we talk about the week and how it went %.0s' {1..20})" \
  "$(printf 'nobody else knows what this is like %.0s' {1..20})" > "$work/s1.txt"
"$sameboat" import "$project" "$work/s1.txt" > /dev/null 2>&1

coder() { # $1 = writer number
  for round in $(seq 1 "$rounds"); do
    if "$sameboat" code "$project" --doc s1 --from "$round" --to "$((round + 40))" --code 4 --coder "writer$1" \
        > /dev/null 2> "$work/err.$1.$round"; then
      echo saved >> "$work/coded.$1"
    else
      echo refused >> "$work/refused.$1"
    fi
  done
}

importer() {
  for round in $(seq 1 "$rounds"); do
    printf '#session: %d\n\nAna: round %d of the importer\n' "$((round + 1))" "$round" > "$work/import-$round.txt"
    if "$sameboat" import "$project" "$work/import-$round.txt" > /dev/null 2> "$work/err.import.$round"; then
      echo saved >> "$work/imported"
    else
      echo refused >> "$work/refused.import"
    fi
  done
}

started=$(date +%s.%N)
for writer in $(seq 1 "$((writers - 1))"); do
  coder "$writer" &
done
importer &
wait
elapsed=$(echo "$(date +%s.%N) - $started" | bc)

count() { cat "$@" 2> /dev/null | wc -l; }
coded=$(count "$work"/coded.*)
imported=$(count "$work/imported")
refused=$(count "$work"/refused.*)
# counted by info: a coded excerpt may span lines, so the lines of 'codings --csv' are not codings
info=$("$sameboat" info "$project")
codings=$(awk '/^codings/ {print $2}' <<< "$info")
documents=$(awk '/^documents/ {print $2}' <<< "$info")
texts=$(ls "$project/sources" | wc -l)
lost=$(( (coded - codings) + (imported + 1 - documents) ))
orphans=$(( texts - documents ))
commands=$(( writers * rounds ))

printf 'writers %d x rounds %d = %d commands in %.1f s (%.2f s per command)\n' "$writers" "$rounds" "$commands" "$elapsed" \
  "$(echo "$elapsed / $commands" | bc -l)"
echo "reported saved: $coded codings, $imported imports; refused with a message: $refused"
echo "in the project: $codings codings, $((documents - 1)) imported documents; orphan texts: $orphans"
echo "lost updates: $lost"
if [ "$refused" -gt 0 ]; then
  echo "a refusal said:"; cat "$work"/err.* | sort | uniq -c | sort -rn | head -n 3
fi
[ "$lost" -eq 0 ] && [ "$orphans" -eq 0 ]
