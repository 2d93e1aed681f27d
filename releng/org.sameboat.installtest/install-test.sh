#!/usr/bin/env bash
# Install test of the update site, run by ./mvnw verify (this module's pom) after the product and the repository:
# copies the built product, installs the example plugin into the copy with ./sameboat plugins install (the p2
# director), checks that its view is offered and its measure answers agree --data, uninstalls it and checks that
# both are gone. Prints one summary line; exits non-zero on the first mismatch.
#   usage: install-test.sh CHECKOUT WORKDIR
set -uo pipefail
root=$(cd "${1:?the checkout}" && pwd)
work=${2:?a work folder}
product="$root/releng/org.sameboat.product/target/products/org.sameboat.product/linux/gtk/x86_64/sameboat"
repository="$root/releng/org.sameboat.repository/target/repository"
feature=org.sameboat.example.view.feature.feature.group
view=org.sameboat.example.view.speakershare
steps=()

joined() {
  local IFS=';'
  echo "${steps[*]:-nothing}"
}

fail() {
  echo "install test: FAILED at '$1' (passed: $(joined)); output of the failing step:" >&2
  cat "$work/last.out" >&2
  exit 1
}

# Runs ./sameboat against the copy; keeps stdout and stderr of the last step for the failure message.
sameboat() {
  "$root/sameboat" "$@" >"$work/last.out" 2>&1
}

[ -d "$product/plugins" ] || { echo "install test: FAILED, no product at $product; build it first" >&2; exit 1; }
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml" ] || { echo "install test: FAILED, no update site at $repository" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
cp -a "$product" "$work/sameboat"
# the copy, with a configuration area of its own: nothing of the user's ~/.cache or of the built product is touched
export SAMEBOAT_PRODUCT="$work/sameboat"
export XDG_CACHE_HOME="$work/cache"

# Holsti's C.R. = 2M / (N1 + N2): coder A decided 5 units, B 4, they agree on 3 -> 6/9 = 0.667
# (percent agreement, which ignores the unit only A coded, would say 3/4 = 0.750)
cat >"$work/reliability.csv" <<'CSV'
unit,A,B
1,sharing data,sharing data
2,sharing data,mutual support
3,mutual support,mutual support
4,mutual support,
5,rehearsal,rehearsal
CSV

sameboat views; grep -q "^$view	" "$work/last.out" && fail "the pristine copy already offers $view"
steps+=("pristine copy has no example view")

sameboat plugins install "$repository" "$feature" || fail "plugins install"
steps+=("installed")

sameboat plugins list || fail "plugins list"
grep -q "^$feature/" "$work/last.out" || fail "plugins list shows $feature"
installed=$(grep "^$feature/" "$work/last.out")
steps+=("listed")

ls "$work/sameboat/plugins/" | grep -q '^org.sameboat.example.view_' || { ls "$work/sameboat/plugins" >"$work/last.out"; fail "the example bundle is in plugins/"; }

sameboat views || fail "views after install"
grep -q "^$view	Speaker share	org.sameboat.example.view$" "$work/last.out" || fail "views offers $view"
steps+=("view offered")

sameboat agree --data "$work/reliability.csv" --measure holsti || fail "agree --measure holsti"
grep -q "^Holsti's coefficient of reliability = 0.667$" "$work/last.out" || fail "holsti = 0.667"
steps+=("holsti = 0.667")

sameboat plugins uninstall "$feature" || fail "plugins uninstall"
steps+=("uninstalled")

sameboat views
grep -q "^$view	" "$work/last.out" && fail "the view is gone after uninstall"
ls "$work/sameboat/plugins/" | grep -q '^org.sameboat.example.view_' && { ls "$work/sameboat/plugins" >"$work/last.out"; fail "the example bundle was removed from plugins/"; }
steps+=("view gone")

sameboat agree --data "$work/reliability.csv" --measure holsti
[ $? -eq 2 ] && grep -q "unknown measure 'holsti'" "$work/last.out" || fail "holsti is unknown after uninstall"
steps+=("measure gone")

echo "install test: PASSED (${installed}: $(joined))"
