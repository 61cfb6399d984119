#!/bin/sh
# Builds everything and runs every test: plain tests, and workbench UI tests on a virtual display.
# Extra arguments go to Maven, e.g. ./test.sh -o (offline); docs/developers.md shows how to run one test bundle.
#
#   ./test.sh --quick [BASE] [MAVEN_ARGS]   builds only the bundles changed since BASE (default HEAD: the working
#                                           tree's changes) and runs their tests (releng/scripts/quick.py)
set -e
cd "$(dirname "$0")"
. releng/scripts/setup.sh
hyoka_use_java
hyoka_need_packages $hyoka_workbench_packages $hyoka_test_packages
# the bundle map in docs/architecture.md is the manifests' and headless bundles need no UI (and the check can fail)
python3 releng/scripts/architecture.py --check
python3 releng/scripts/architecture.py --self-test
# versions by docs/versioning.md
python3 releng/scripts/versions.py --check
python3 releng/scripts/versions.py --self-test
# the target-platform filters were written from this hyoka.target (docs/building.md)
python3 releng/scripts/target_filters.py --check
python3 releng/scripts/target_filters.py --self-test
python3 releng/scripts/failed_tests.py --self-test
python3 releng/scripts/quick.py --self-test
# the shared test runs hold what their fragments ask for (docs/building.md, "Tests in shared runs")
python3 releng/scripts/shared_tests.py --check
# the UI tests' workbench is made of the product's features
python3 releng/scripts/check_product.py --ui-tests releng/org.hyoka.repository/hyoka.product pom.xml
# signed as at a release, with a throw-away key: the build is the signed release's command of docs/partners.md
# ("Signed content") word for word, the throw-away key and a file holding its password in place of /secure/'s
mkdir -p target && rm -f target/throwaway-key.p12
"$JAVA_HOME/bin/keytool" -genkeypair -keystore target/throwaway-key.p12 -storetype PKCS12 -storepass throwaway -alias hyoka \
	-keyalg EC -validity 2 -dname "CN=Hyoka Workbench throw-away test key, OU=Release engineering, O=Hyoka Workbench project" 2>/dev/null
printf throwaway >target/throwaway-storepass
build=$(sh releng/scripts/doc-block.sh signed-release |
	sed -e "s|/secure/hyoka-release\.p12|$PWD/target/throwaway-key.p12|" -e "s|/secure/storepass|$PWD/target/throwaway-storepass|")
[ -n "$build" ] || { echo "test.sh: docs/partners.md has no block \"signed-release\"" >&2; exit 1; }
# what a cold build fetches from Maven Central, sixteen files at a time instead of one (releng/scripts/prefetch.py)
case " ${MAVEN_ARGS-} $* " in
*" -o "* | *" --offline "*) ;;
*)
	# shellcheck disable=SC2086 # MAVEN_ARGS is meant to split
	repository=$(printf '%s\n' ${MAVEN_ARGS-} "$@" | sed -n 's/^-Dmaven\.repo\.local=//p' | tail -n 1)
	python3 releng/scripts/prefetch.py "${repository:-$HOME/.m2/repository}"
	;;
esac
echo "Building and testing with Java from $JAVA_HOME"
# the virtual displays of UI test modules (releng/scripts/test-display.sh) that a failed build leaves running; a
# display gone already (a file left by an earlier build) is no failure of this one, which set -e would make it
trap 'find . -path "*/target/test-display.pid" -exec cat {} + 2>/dev/null | xargs -r kill 2>/dev/null || true' EXIT
# a failed build's log ends with the module that failed; the tests that failed are printed after it, where CI's tail shows them
touch target/build-started
failed() {
	python3 releng/scripts/failed_tests.py --newer target/build-started || true
	exit "$1"
}
if [ "${1-}" = --quick ]; then
	shift
	base=HEAD
	case ${1-} in -* | "") ;; *) base=$1 && shift ;; esac
	status=0
	modules=$(python3 releng/scripts/quick.py "$base") || status=$?
	[ $status != 3 ] || exit 0 # nothing to build
	[ $status = 0 ] || exit $status
	# clean: Tycho compiles only the sources that changed, and a test that calls a changed method compiles in CI only
	xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -T 1C clean verify -pl "$modules" "$@" || failed $?
	exit 0
fi
# Chosen tests (-Dtest, -Dtest.ja: docs/developers.md) skip the product's and the site's tests; a build of the whole
# tree with all its tests starts them as soon as the product is built (-Dhyoka.productFirst: the root pom's profile
# ui-tests-after-product), beside the test bundles' runs.
whole=-Dhyoka.productFirst
case " $* " in
*" -Dtest="* | *" -Dtest.ja="*) whole=-DproductTests.skip=true ;;
*" -pl "* | *" --projects "* | *" -rf "* | *" --resume-from "*) whole= ;;
esac
xvfb-run -a -s "-screen 0 1280x1024x24" sh -c "$build \"\$@\"" sh -T 1C $whole "$@" || failed $?
# After a build of the whole tree with all its tests: the API against the last release's.
[ "$whole" = -Dhyoka.productFirst ] || exit 0
python3 releng/scripts/api_baseline.py --check --self-test
