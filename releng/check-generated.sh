#!/usr/bin/env bash
# Checks that the committed EMF code is exactly what the .ecore and .genmodel generate: regenerates src-gen/ and
# fails, naming the files, if anything differs or appears. A hand edit in generated code, or an .ecore change
# committed without regenerating, is caught here instead of by a wrong feature ID at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
generated=bundles/org.sameboat.model/src-gen
if ! git diff --quiet -- "$generated" || [ -n "$(git ls-files --others --exclude-standard -- "$generated")" ]; then
  echo "check-generated: $generated has uncommitted changes; commit or stash them first" >&2
  exit 2
fi
./mvnw -q -f releng/org.sameboat.codegen/pom.xml process-classes >/dev/null
changed=$(git status --porcelain -- "$generated")
if [ -n "$changed" ]; then
  echo "check-generated: regenerating the EMF code changes these files (regenerate and commit them):" >&2
  echo "$changed" >&2
  git checkout -q -- "$generated"
  git clean -qfd -- "$generated"
  exit 1
fi
echo "check-generated: $generated is what the model generates"
