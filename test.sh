#!/bin/sh
# Builds everything and runs every test: plain tests, and workbench UI tests on a virtual display.
# Extra arguments go to Maven, e.g. ./test.sh -o (offline); docs/developers.md shows how to run one test bundle.
set -e
cd "$(dirname "$0")"
. releng/scripts/setup.sh
hyoka_use_java
hyoka_need_packages $hyoka_workbench_packages $hyoka_test_packages
# the bundle map in docs/architecture.md is the manifests' and headless bundles need no UI (and the check can fail)
python3 releng/scripts/architecture.py --check
python3 releng/scripts/architecture.py --self-test
echo "Building and testing with Java from $JAVA_HOME"
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
