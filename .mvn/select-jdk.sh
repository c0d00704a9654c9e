# Sourced by ./mvnw (POSIX sh). Tutti needs a JDK >= 21 (Vaadin 25). Keep JAVA_HOME when it
# is new enough; otherwise take the newest JDK under /usr/lib/jvm. Prints nothing on success.
tutti_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
if [ -z "${JAVA_HOME-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(tutti_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  tutti_best="" ; tutti_best_major=0
  set +f  # ./mvnw runs with globbing off
  for tutti_jdk in /usr/lib/jvm/*; do
    [ -x "$tutti_jdk/bin/javac" ] || continue
    tutti_major=$(tutti_java_major "$tutti_jdk")
    [ -n "$tutti_major" ] || continue
    if [ "$tutti_major" -gt "$tutti_best_major" ]; then tutti_best="$tutti_jdk"; tutti_best_major=$tutti_major; fi
  done
  set -f
  if [ "$tutti_best_major" -ge 21 ]; then
    JAVA_HOME="$tutti_best"; export JAVA_HOME
  else
    echo "mvnw: Tutti needs a JDK 21 or newer; set JAVA_HOME to one (found none under /usr/lib/jvm)." >&2
    exit 1
  fi
fi
# Node 24 for Vaadin's frontend build (no-op when already installed).
bash "$(dirname "$0")/.mvn/ensure-node.sh" || true
