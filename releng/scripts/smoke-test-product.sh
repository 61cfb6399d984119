#!/bin/sh
# Unpacks the Linux product archive into a fresh folder, starts it with its own launcher script on the
# current X display, and checks that the "Hyoka Workbench" window appears and that the log holds no error
# or exception within the first 30 seconds. Leaves a screenshot and the log next to the unpacked product.
# Also checks that the archive runs on its own jre/ where the desktop's Java is too old or missing, the
# launcher's Java guard, and that the product's own p2 director finds the workbench
# feature in the p2 repository, as a partner's installation would, and runs each of the command line's commands
# once on the sample evaluations, with the attacks that need the product's own processes (test-attacks.sh: the
# others are tested in the bundles); then opens files from the desktop (test-open-files.sh).
#
#   smoke-test-product.sh ARCHIVE|PRODUCTS_FOLDER WORKDIR P2_REPOSITORY SAMPLES_FOLDER
set -u
archive=$1
[ -d "$archive" ] && archive=$(ls "$archive"/hyoka-workbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
work=$2
repository=$3
samples=$4
wait_seconds=${HYOKA_SMOKE_SECONDS:-30}

[ -n "${DISPLAY:-}" ] || { echo "smoke test: needs an X display; ./test.sh provides a virtual one" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work" || exit 1
tar -xzf "$archive" -C "$work" || { echo "smoke test: cannot unpack $archive" >&2; exit 1; }
product=$work/hyoka-workbench
workspace=$work/workspace
log=$workspace/.metadata/.log

# Every Hyoka bundle in the product is the one this build put into its repository. p2 knows a jar by name and version
# alone: a jar of the same version cached from an earlier build (a bundle whose bytes changed with no commit touching
# it keeps its qualifier) would be taken instead, and the product would run old code.
stale=$(cd "$product/plugins" && for jar in org.hyoka.*.jar; do
	cmp -s "$jar" "$repository/plugins/$jar" || printf ' %s' "$jar"
done)
if [ -n "$stale" ]; then
	echo "smoke test: the product's$stale are not the jars of $repository/plugins: a jar of the same version from an" \
		"earlier build was taken. Delete the p2 folder and .meta/p2-artifacts.properties of the local Maven repository;" \
		"if the bundle changed without a commit touching it, commit a change to it so that its qualifier moves." >&2
	exit 1
fi

# The launcher script refuses a Java that is too old, or none at all, with a message saying what to do.
expect_refusal() { # description, expected message part, environment assignments...
	what=$1 expected=$2
	shift 2
	out=$(env "$@" "$product/hyoka" -data "$work/unused" 2>&1)
	code=$?
	if [ $code != 1 ] || ! printf '%s' "$out" | grep -q "$expected"; then
		echo "smoke test: with $what, ./hyoka exited $code saying: $out" >&2
		exit 1
	fi
	echo "smoke test: with $what, ./hyoka refuses: $out"
}
mkdir -p "$work/fake-java/bin" "$work/no-java-bin"
printf '#!/bin/sh\necho "    java.specification.version = 17" >&2\n' >"$work/fake-java/bin/java"
chmod +x "$work/fake-java/bin/java"
for tool in sh env sed head ls sort tail dirname readlink uname grep; do
	ln -s "$(command -v $tool)" "$work/no-java-bin/$tool"
done
expect_refusal "HYOKA_JAVA at Java 17" "needs Java 21 or newer: set HYOKA_JAVA to a newer one" HYOKA_JAVA="$work/fake-java/bin/java"
# The Linux archive brings its own runtime (releng/scripts/bundle-jre.sh), which beats an old JAVA_HOME or none.
[ -x "$product/jre/bin/java" ] || { echo "smoke test: the archive has no jre/bin/java" >&2; exit 1; }
grep -q 'jre/' "$product/JAVA.txt" 2>/dev/null || { echo "smoke test: the archive's JAVA.txt does not say it carries jre/" >&2; exit 1; }
out=$(env -u HYOKA_JAVA JAVA_HOME="$work/fake-java" PATH="$work/no-java-bin" "$product/hyoka" help 2>&1) ||
	{ echo "smoke test: with JAVA_HOME at Java 17 and no java on the PATH, hyoka help failed: $out" >&2; exit 1; }
echo "smoke test: with JAVA_HOME at Java 17 and no java on the PATH, ./hyoka runs on its own jre/"
# Archives without jre/ (other platforms) rely on the guard: tried on this one with jre/ set aside.
mv "$product/jre" "$work/jre-aside"
expect_refusal "JAVA_HOME at Java 17 and no jre/" "needs Java 21 or newer: set JAVA_HOME to a newer one" -u HYOKA_JAVA JAVA_HOME="$work/fake-java"
expect_refusal "no Java at all and no jre/" "no Java found" -u HYOKA_JAVA -u JAVA_HOME PATH="$work/no-java-bin"
mv "$work/jre-aside" "$product/jre"
# A Java 21 that prints the language the launcher script gives it and its arguments, for the two checks below, with no
# HYOKA_VMARGS (the build's scripts start the product with C1 alone: releng/pom.xml).
printf '#!/bin/sh\necho "    java.specification.version = 21" >&2\necho "LANGUAGE=${LANGUAGE-} $* "\n' >"$work/fake-java/bin/java21"
chmod +x "$work/fake-java/bin/java21"
vm_arguments() {
	env -u HYOKA_VMARGS -u LANGUAGE HYOKA_JAVA="$work/fake-java/bin/java21" "$product/hyoka" -data "$work/unused" "$@" 2>/dev/null
}
# -nl reaches the desktop's own dialogs too: GTK's file chooser takes its language from LANGUAGE
case $(vm_arguments -nl ja) in "LANGUAGE=ja "*) ;; *)
	echo "smoke test: ./hyoka -nl ja starts the workbench with $(vm_arguments -nl ja | cut -d ' ' -f 1), not LANGUAGE=ja" >&2
	exit 1 ;;
esac
echo "smoke test: ./hyoka -nl ja starts the workbench with LANGUAGE=ja"
# the workbench keeps both compilers, another application (p2's director) has C1 alone as commands do
case $(vm_arguments) in *" -XX:TieredStopAtLevel=1 "*)
	echo "smoke test: ./hyoka starts the workbench without the optimising compiler: $(vm_arguments)" >&2; exit 1 ;;
esac
case $(vm_arguments -nosplash -application org.eclipse.equinox.p2.director -list) in *" -XX:TieredStopAtLevel=1 "*) ;; *)
	echo "smoke test: ./hyoka starts p2's director with both compilers: $(vm_arguments -nosplash -application org.eclipse.equinox.p2.director -list)" >&2
	exit 1 ;;
esac
echo "smoke test: ./hyoka starts the workbench with both compilers and p2's director with C1 alone"

# A build without -Dhyoka.releaseSite (as this one) has no update site: none in the installation, none in the
# application bundle, so the workbench checks nothing and asks about no site (docs/partners.md, "The update site").
# Nor does the installation list the repositories the build read (forget-build-sites.sh).
if grep -qs '/uri=' "$product"/p2/org.eclipse.equinox.p2.engine/.settings/*.repository.prefs; then
	echo "smoke test: a build without a release site installs with sites listed:" >&2
	grep -h '/uri=' "$product"/p2/org.eclipse.equinox.p2.engine/.settings/*.repository.prefs >&2
	exit 1
fi
release=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' \
	"$(ls "$product"/plugins/org.hyoka.app_*.jar | head -n 1)" org/hyoka/app/internal/release-site.properties | grep '^site=')
[ "$release" = site= ] || { echo "smoke test: the application bundle names a release site: $release" >&2; exit 1; }
echo "smoke test: a build without a release site has no update site"

listed=$("$product/hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-repository "file:$(cd "$repository" && pwd)" -list org.hyoka.workbench.feature.feature.group 2>&1)
printf '%s\n' "$listed" | grep -q '^org.hyoka.workbench.feature.feature.group=' ||
	{ echo "smoke test: the product's p2 director does not find the workbench feature in $repository: $listed" >&2; exit 1; }
echo "smoke test: the product's p2 director lists $(printf '%s\n' "$listed" | grep '^org.hyoka.workbench.feature.feature.group=')"

# p2's automatic update check runs at start when there is a site: here the repository just built, as a partner's
# mirror (docs/partners.md), and it must log no error either.
# The workbench is watched for wait_seconds while the command line's tests run beside it (they need no display).
# The JVM's own log of the AOT cache (which the launcher script silences) says whether it started from the one the
# build made.
HYOKA_VMARGS="${HYOKA_VMARGS-} -Dhyoka.updateSite=file:$(cd "$repository" && pwd) -Xlog:aot=info:file=$work/aot.txt" \
	"$product/hyoka" -data "$workspace" >"$work/console.txt" 2>&1 &
pid=$!
started=$(date +%s)
(
	while kill -0 $pid 2>/dev/null; do
		if xwininfo -root -tree 2>/dev/null | grep -q '"Hyoka Workbench": ("Hyoka Workbench"'; then
			echo $(($(date +%s) - started)) >"$work/window-after"
			break
		fi
		sleep 1
	done
) &
watcher=$!
trap 'kill $pid $watcher 2>/dev/null' EXIT

sh "$(dirname "$0")/test-command-line.sh" "$product" "$samples" "$work/command-line" || exit 1

while [ $(($(date +%s) - started)) -lt "$wait_seconds" ]; do
	sleep 1
done
kill -0 $pid 2>/dev/null ||
	{ echo "smoke test: the product exited within $(($(date +%s) - started)) s; console:" >&2; cat "$work/console.txt" >&2; exit 1; }
window=$(cat "$work/window-after" 2>/dev/null)
command -v import >/dev/null && import -window root "$work/screenshot.png" 2>/dev/null
kill $pid $watcher 2>/dev/null
wait $pid 2>/dev/null
elapsed=$(($(date +%s) - started))

status=0
if ! grep -q 'Using AOT-linked classes: true' "$work/aot.txt" 2>/dev/null; then
	echo "smoke test: the workbench did not start from the AOT cache the build made (configuration/org.hyoka.workbench):" >&2
	grep -i -e error -e mismatch -e 'unable' "$work/aot.txt" >&2
	status=1
fi
if [ -z "$window" ]; then
	echo "smoke test: no window titled \"Hyoka Workbench\" within ${elapsed} s" >&2
	status=1
fi
if [ -f "$log" ] && grep -q -E '^!ENTRY [^ ]+ 4 |^!STACK' "$log"; then
	echo "smoke test: the product logged errors within ${elapsed} s:" >&2
	cat "$log" >&2
	status=1
fi
if grep -q -E 'Exception|^ERROR' "$work/console.txt"; then
	echo "smoke test: the console shows exceptions:" >&2
	cat "$work/console.txt" >&2
	status=1
fi
[ $status = 0 ] || exit 1
echo "smoke test: Hyoka Workbench window after ${window} s, no error in ${elapsed} s (log: $log)"

# the tests that start workbenches of their own, on the display the one above has left
sh "$(dirname "$0")/test-without-addons.sh" "$product" "$samples" "$work/without-addons" "$repository" || exit 1
sh "$(dirname "$0")/test-open-files.sh" "$product" "$samples" "$work/open-files" || exit 1
