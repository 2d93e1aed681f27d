#!/usr/bin/env bash
# Starts the workbench under Xvfb on the sample project and writes PNG screenshots of the main views to
# docs/images/. Needs: a built product (./mvnw -DskipTests verify), xvfb, ImageMagick (import), xdotool.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/docs/images"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# every shot starts from the default layout: a workbench data area of its own, not the one ./sameboat remembers
export XDG_DATA_HOME="$work/data"
"$here/sameboat" demo "$work/sample" >/dev/null

shoot() { # NAME SECONDS EXTRA-ARGS...
  local name=$1 wait=$2; shift 2
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    "$0" open "$1" --coder alex "${@:4}" >/dev/null 2>&1 &
    app=$!
    sleep "$2"
    if [ -n "${SEARCH_FOR:-}" ]; then # search, then click the first hit to reveal it in the transcript
      xdotool mousemove 726 585 click 1; sleep 0.5; xdotool type "$SEARCH_FOR"; xdotool key Return; sleep 2
      xdotool mousemove 800 653 click 1; sleep 2; xdotool mousemove 1430 890; sleep 1
    fi
    for at in ${SEGMENT_CLICKS:-}; do # the Coded segments tab, then ticks
      xdotool mousemove ${at%,*} ${at#*,} click 1; sleep 1.5
    done
    for at in ${VIEW_CLICKS:-}; do # then click where the view shows something worth seeing
      xdotool mousemove ${at%,*} ${at#*,} click 1; sleep 2
    done
    [ -z "${VIEW_CLICKS:-}" ] || { xdotool mousemove 1430 890; sleep 1; } # no tooltip over the picture
    import -window root "$3"
    kill $app' "$here/sameboat" "$work/sample" "$wait" "$out/$name.png" "$@"
  echo "wrote $out/$name.png"
}
SEARCH_FOR='"same boat" OR alone' shoot workbench 25
# Window > Coded segments: the tab, then tick 'Mutual support' and the coder sam
SEGMENT_CLICKS="457,530 386,702 724,610" shoot segments 25
# the cell of 'All in the same boat' and 'Mutual support'; the first disagreement, then 'Accept A'
VIEW_CLICKS="847,592" shoot view-cooccurrence 25 --views org.sameboat.views.cooccurrence
VIEW_CLICKS="435,655 472,784" shoot view-agreement 25 --views org.sameboat.views.agreement
shoot view-timeline 25 --views org.sameboat.views.timeline
# the profile's cell of 'All in the same boat' at the beginning; the sequence cell Sharing data -> Sharing data
VIEW_CLICKS="612,550" shoot view-profile 40 --views org.sameboat.views.profile
VIEW_CLICKS="598,484" shoot view-sequence 40 --views org.sameboat.views.sequence
# the Compare combo, then 'beginning vs ending' in its list
VIEW_CLICKS="1015,412 1000,462" shoot view-ena 40 --views org.sameboat.views.ena
shoot view-network 30 --views org.sameboat.views.network
