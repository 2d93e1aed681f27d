#!/usr/bin/env bash
# Starts the workbench under Xvfb on the sample project and writes PNG screenshots of the main views to
# docs/images/. Needs: a built product (./mvnw -DskipTests verify), xvfb, ImageMagick (import).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/docs/images"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/sameboat" demo "$work/sample" >/dev/null

shoot() { # NAME SECONDS EXTRA-ARGS...
  local name=$1 wait=$2; shift 2
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    "$0" open "$1" --coder alex "${@:4}" >/dev/null 2>&1 &
    app=$!
    sleep "$2"
    import -window root "$3"
    kill $app' "$here/sameboat" "$work/sample" "$wait" "$out/$name.png" "$@"
  echo "wrote $out/$name.png"
}
shoot workbench 15
