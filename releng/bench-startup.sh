#!/usr/bin/env bash
# Start-up benchmark: time from process start to a usable (laid out and painted) workbench window, repeated.
#   releng/bench-startup.sh [RUNS] [PROJECT-DIR]      (default: 7 runs on a fresh copy of the sample project)
# Each run starts ./sameboat open DIR --coder alex with -Dsameboat.startup.exit=true (through JAVA_TOOL_OPTIONS):
# the workbench prints "sameboat: window usable N ms after process start" once its window is painted and closes.
# The first run has an empty workbench data area (the default layout, as on first use); the rest reuse it (the
# remembered layout, as every later start). Under Xvfb when DISPLAY is unset. Prints each run and the median.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${1:-7}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$runs" ${2:+"$2"}
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project=${2:-}
if [ -z "$project" ]; then
  "$here/sameboat" demo "$work/sample" >/dev/null
  project="$work/sample"
fi
export XDG_DATA_HOME="$work/data"
# prints "WALL CPU" in ms; the CPU time (user+system of the process) is the figure other builds on the machine disturb least
one_run() {
  JAVA_TOOL_OPTIONS="-Dsameboat.startup.exit=true" "$here/sameboat" open "$project" --coder alex 2>&1 \
    | sed -n 's/.*window usable \([0-9]*\) ms after process start, \([0-9-]*\) ms CPU.*/\1 \2/p'
}
times=()
cpus=()
for i in $(seq 1 "$runs"); do
  read -r t cpu < <(one_run; echo)
  echo "run $i: ${t:-?} ms, ${cpu:-?} ms CPU$([ "$i" = 1 ] && echo ' (first start: empty data area, default layout)')"
  [ -n "$t" ] && times+=("$t") && cpus+=("$cpu")
done
median() { sort -n | awk '{a[NR]=$1} END {if (NR) printf "%d (min %d, max %d)", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "median of ${#times[@]} runs: $(printf '%s\n' "${times[@]}" | median) ms; CPU $(printf '%s\n' "${cpus[@]}" | median) ms"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) (figures are comparable only at the same load; see docs/benchmarks.md)"
