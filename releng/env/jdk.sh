# Finds a JDK 21 or newer for the build (./mvnw) and the product (./sameboat), so that both pick the same one:
# JAVA_HOME when it is 21 or newer, else the newest JDK in the usual install locations. Sourced by POSIX sh
# (mvnw) and bash (sameboat). A JDK's version is read from its `release` file, because starting a JVM only to
# ask its version costs a fraction of a second on every command.

# Prints the major version of the JDK in folder $1 (nothing if there is no java there).
sameboat_java_major() {
  [ -x "$1/bin/java" ] || return 0
  if [ -r "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$1/release")
  else
    _v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  fi
  case "$_v" in 1.*) _v=${_v#1.} ;; esac
  echo "${_v%%[.+-]*}"
}

# The folders where JDKs are usually installed: Debian/Ubuntu packages and Temurin's .deb, /opt tarballs, SDKMAN,
# and the JDK behind the javac on the PATH.
sameboat_jdk_candidates() {
  case $- in *f*) _noglob=1; set +f ;; *) _noglob= ;; esac
  for _c in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$_c" ] && echo "$_c"
  done
  [ -n "$_noglob" ] && set -f
  _javac=$(command -v javac 2>/dev/null || true)
  [ -n "$_javac" ] && dirname "$(dirname "$(readlink -f "$_javac")")"
  return 0
}

# The candidates with symbolic links resolved, each once.
sameboat_jdk_folders() {
  sameboat_jdk_candidates | while read -r _c; do readlink -f "$_c"; done | awk '!seen[$0]++'
}

# Sets SAMEBOAT_JDK to the JDK to use, or prints one line saying what is missing and returns 1.
# $1 = "build" when javac is needed too.
sameboat_find_jdk() {
  SAMEBOAT_JDK=
  _need_javac=${1:-}
  if [ -n "${JAVA_HOME:-}" ]; then
    _major=$(sameboat_java_major "$JAVA_HOME")
    if [ "${_major:-0}" -ge 21 ] 2>/dev/null && { [ -z "$_need_javac" ] || [ -x "$JAVA_HOME/bin/javac" ]; }; then
      SAMEBOAT_JDK=$JAVA_HOME
      return 0
    fi
  fi
  _best=0 _seen=
  for _c in $(sameboat_jdk_folders); do
    _major=$(sameboat_java_major "$_c")
    [ -n "$_major" ] || continue
    [ -z "$_need_javac" ] || [ -x "$_c/bin/javac" ] || continue
    _seen="${_seen:+$_seen, }Java $_major at $_c"
    if [ "$_major" -ge 21 ] 2>/dev/null && [ "$_major" -gt "$_best" ]; then
      _best=$_major SAMEBOAT_JDK=$_c
    fi
  done
  if [ -n "$SAMEBOAT_JDK" ]; then
    if [ -n "${JAVA_HOME:-}" ] && [ "$JAVA_HOME" != "$SAMEBOAT_JDK" ]; then
      echo "sameboat: JAVA_HOME ($JAVA_HOME) is not a JDK 21 or newer; using Java $_best at $SAMEBOAT_JDK" >&2
    fi
    return 0
  fi
  echo "sameboat: needs a JDK 21 or newer (found: ${_seen:-none}); install one (e.g. Temurin 25 from adoptium.net) or set JAVA_HOME to it" >&2
  return 1
}
