#!/usr/bin/env bash
# Runs the benchmarks of releng/org.hyoka.benchmarks and writes their report (ratios against plain EMF measured
# in the same run) to releng/org.hyoka.benchmarks/target/benchmark-report.md.
# Arguments go to the benchmark: --projects N (default 5000, about one million objects), --quick, --export-only,
# --exports (the five export formats), --paint (the Roadmap view painting off-screen, on a virtual display),
# --ip-only (the deadlines of an IP register), --team (a shared Git repository of 1,000 evaluations with 200 commits:
# clone, update and history against copying the files; the merge by object of two edited copies of a 5,000-project
# portfolio against loading it; --team --quick runs it once on 20 evaluations).
#
#   benchmark.sh --portfolio N -o FILE   writes instead a synthetic portfolio of N projects (always the same one for
#                                        the same N) that `hyoka validate` and `hyoka export` read
#   benchmark.sh --startup [-n N | --series N]
#                                        times instead the product's start against a bare RCP product, or counts
#                                        the starts over 10 s in a series (startup-benchmark.sh)
#   benchmark.sh --cli [-n N] [--product DIR]
#                                        times instead the command line's start against its earlier starts
#                                        (cli-benchmark.sh)
#   benchmark.sh --docx [-n N] [--projects P] [--portfolio FILE] [--product DIR] [--before DIR]
#                                        times instead `hyoka export` of the portfolio to DOCX against PDF, wall
#                                        time and peak memory, optionally with another product's in the same rounds
#                                        (docx-benchmark.sh)
#   benchmark.sh --check [MAVEN_ARGS]    builds everything and runs the benchmarks' own tests, which ./test.sh
#                                        skips: the quick JMH run on a small portfolio (so the benchmarks cannot rot)
#                                        and the editor's UI benchmark in the workbench (editor-ui.md)
set -euo pipefail
caller=$PWD
cd "$(dirname "$0")/../.."
if [ "${1-}" = --cli ]; then
	shift
	exec sh releng/scripts/cli-benchmark.sh "$@"
fi
if [ "${1-}" = --docx ]; then
	shift
	exec sh releng/scripts/docx-benchmark.sh "$@"
fi
if [ "${1-}" = --startup ]; then
	shift
	exec sh releng/scripts/startup-benchmark.sh "$@"
fi
. releng/scripts/setup.sh
hyoka_use_java
if [ "${1-}" = --check ]; then
	shift
	hyoka_need_packages $hyoka_workbench_packages
	# the UI benchmark measures the workbench as users run it, with both compilers (tests.jit) and the default collector (tests.gc)
	exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify -DskipTests -Dbenchmarks.skip=false -Dtests.jit= -Dtests.gc= "$@"
fi
# Built in this tree, not installed. The paint benchmark puts the Roadmap view's bundle on the class path, and Tycho
# resolves its manifest from the reactor: the bundles it requires are named, since -am does not follow manifests.
./mvnw -B -q verify -DskipTests -pl targetplatform,bundles/org.hyoka.model.edit,bundles/org.hyoka.xlsx,bundles/org.hyoka.scoresheets,bundles/org.hyoka.edit.ui,bundles/org.hyoka.editor,bundles/org.hyoka.cli,bundles/org.hyoka.team,releng/org.hyoka.benchmarks -am
module=releng/org.hyoka.benchmarks/target
if [ "${1-}" = --portfolio ]; then
	[ $# = 4 ] && [ "$3" = -o ] || { echo "usage: benchmark.sh --portfolio N -o FILE" >&2; exit 2; }
	case $4 in /*) file=$4 ;; *) file=$caller/$4 ;; esac
	exec "$JAVA_HOME/bin/java" -Xmx8g -cp "$module/benchmarks.jar" org.hyoka.benchmarks.SyntheticPortfolio "$2" "$file"
fi
case " $* " in
*" --paint "*)
	hyoka_need_packages $hyoka_workbench_packages
	exec xvfb-run -a -s "-screen 0 1280x1024x24" "$JAVA_HOME/bin/java" -Xmx2g -jar "$module/benchmarks.jar" --out "$module/benchmark-report.md" "$@"
	;;
esac
exec "$JAVA_HOME/bin/java" -Xmx8g -jar "$module/benchmarks.jar" --out "$module/benchmark-report.md" "$@"
