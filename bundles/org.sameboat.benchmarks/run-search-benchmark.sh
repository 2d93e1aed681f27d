#!/usr/bin/env bash
# Runs the search benchmark in the built product (./mvnw -DskipTests verify first):
#   bundles/org.sameboat.benchmarks/run-search-benchmark.sh [--mb 200] [--work DIR] [--data FILE] [--iterations N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="$here/releng/org.sameboat.product/target/products/org.sameboat.product/linux/gtk/x86_64/sameboat"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
exec "$java_home/bin/java" -Xmx4g -Dsameboat.shared.data="$here/../shared/data" \
  -jar "$launcher" -nosplash -configuration "$config" -data @none \
  -application org.sameboat.benchmarks.app search "$@"
