# Gives the workbench tests a display when there is none: a private Xvfb whose display number the X server picks
# itself (-displayfd), so that parallel builds never collide, stopped when the Maven process that needs it ends.
# Sourced by mvnw (POSIX sh) just before it execs Maven; "$@" are Maven's arguments.

# True when these Maven arguments run the tests of the integration-test phase (the SWT tests run there).
sameboat_runs_ui_tests() {
  _phase=
  for _a in "$@"; do
    case "$_a" in
      -DskipTests | -DskipTests=true | -Dmaven.test.skip | -Dmaven.test.skip=true | -DskipITs) return 1 ;;
      integration-test | post-integration-test | verify | install | deploy) _phase=1 ;;
    esac
  done
  [ -n "$_phase" ]
}

# Exports DISPLAY for a fresh Xvfb if DISPLAY is unset and the tests will run; stops with one line if they
# cannot get a display.
sameboat_virtual_display() {
  [ -z "${DISPLAY:-}" ] || return 0
  sameboat_runs_ui_tests "$@" || return 0
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "sameboat: the workbench tests need a display and Xvfb is not installed: apt-get install xvfb libgtk-3-0 (or set DISPLAY, or add -DskipTests)" >&2
    exit 1
  fi
  if command -v ldconfig >/dev/null 2>&1 && ! ldconfig -p | grep -q 'libgtk-3\.so\.0'; then
    echo "sameboat: the workbench tests need GTK 3, which is not installed: apt-get install libgtk-3-0 (or add -DskipTests)" >&2
    exit 1
  fi
  _number=$(mktemp "${TMPDIR:-/tmp}/sameboat-display.XXXXXX")
  # The X server writes its display number to fd 3 once it accepts connections.
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$_number" >/dev/null 2>&1 &
  _xvfb=$!
  _tries=0
  while [ ! -s "$_number" ] && kill -0 "$_xvfb" 2>/dev/null && [ "$_tries" -lt 200 ]; do
    sleep 0.05
    _tries=$((_tries + 1))
  done
  _display=$(tr -d '[:space:]' <"$_number")
  rm -f "$_number"
  if [ -z "$_display" ]; then
    kill "$_xvfb" 2>/dev/null || true
    echo "sameboat: Xvfb did not start; run the build under xvfb-run -a, or set DISPLAY" >&2
    exit 1
  fi
  export DISPLAY=":$_display"
  # mvnw execs Maven in this process, so $$ becomes Maven's pid: the watchdog stops Xvfb when Maven ends,
  # however it ends. Its output goes nowhere, so a pipe after ./mvnw closes when Maven does.
  (
    while kill -0 $$ 2>/dev/null; do sleep 1; done
    kill "$_xvfb" 2>/dev/null
  ) </dev/null >/dev/null 2>&1 &
}
