#!/usr/bin/env bash
# Regenerates the EMF model and edit code (bundles/org.hyoka.model*/src-gen) from hyoka.ecore/hyoka.genmodel
# with EMF's code generator from Maven Central. Hand-written code marked @generated NOT survives.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/setup.sh
hyoka_use_java
exec ./mvnw -B -q -f releng/org.hyoka.model.generator/pom.xml compile exec:java "$@"
