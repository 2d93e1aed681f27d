#!/usr/bin/env bash
# Proves the README's two commands on a fresh machine: clones this repository's committed HEAD into a temporary
# folder with nothing beside it, and runs `./sameboat demo` and `./mvnw verify` there with an empty HOME (so an
# empty Maven repository and no Maven Wrapper download), JAVA_HOME and DISPLAY unset, and only the system PATH.
# Prints each command's time; the folder is kept for inspection when a command fails.
#   releng/fresh-clone-check.sh [REPOSITORY]     (default: this checkout)
set -euo pipefail
repository="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
root=$(mktemp -d "${TMPDIR:-/tmp}/sameboat-fresh.XXXXXX")
mkdir -p "$root/home" "$root/tmp"
git clone -q "$repository" "$root/clone"
echo "fresh clone of $(git -C "$root/clone" log -1 --format='%h %s') in $root/clone"
ls -A "$root"

# A machine's environment, nothing of ours: no JAVA_HOME, no DISPLAY, an empty home folder. Java takes its home
# folder (and so Maven its ~/.m2/repository) from the password database, not from HOME: user.home points the JVMs
# at the empty one too, as a new user's account would.
fresh() {
  env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME="$root/home" TMPDIR="$root/tmp" \
    MAVEN_OPTS="-Duser.home=$root/home" LANG=C.UTF-8 TERM=dumb bash -c "cd '$root/clone' && $1"
}

run() {
  local started=$SECONDS
  echo "== $1"
  if fresh "$1" >"$root/$2.log" 2>&1; then
    echo "   passed in $((SECONDS - started)) s (log: $root/$2.log)"
    tail -n "$3" "$root/$2.log" | sed 's/^/   | /'
  else
    echo "   FAILED after $((SECONDS - started)) s; last lines of $root/$2.log:"
    tail -n 40 "$root/$2.log" | sed 's/^/   | /'
    exit 1
  fi
}

run "./sameboat demo" demo 12
run "./mvnw verify" verify 0
echo "   Maven repository filled from nothing: $(du -sh "$root/home/.m2/repository" | cut -f1)"
grep -E 'Tests run: [0-9]+, Failures' "$root/verify.log" | grep -v 'Tests run: 0,' | sed 's/^/   | /' | tail -n 20
grep -E 'BUILD SUCCESS|Total time' "$root/verify.log" | sed 's/^/   | /'
echo "both commands passed; removing $root"
rm -rf "$root"
