#!/bin/sh
# The p2 repository as partners use it: the scaffold test builds new bundles against it in a copy of the tree and
# makes a newer site (test-new-bundle.sh), the built product refuses that site's feature unsigned and takes it signed
# by a partner's key (test-signing.sh); the build's repository and that site are published as two releases
# (publish-release.sh), from whose composite the product is updated and reverted headlessly (test-update.sh)
# and, in the product of the scaffold test's release build, which names that composite as its release site, updated as
# a user accepts p2's offer at start-up (test-update-ui.sh, which then has the workbench's Install wizard refuse
# test-signing.sh's unsigned copy of the site when the build signs), and the commands of docs/partners.md are run with
# it as a partner's site (test-partners-doc.sh). Run by the reactor's module releng/org.hyoka.site.tests as soon as
# the repository module is built; leaves its files in WORKDIR. With a KEYSTORE (as ./test.sh signs), the copy signs
# with it and the update must be signed by its owner. The archive is unpacked once, into WORKDIR/unpacked, which no
# test runs: each test takes a copy of it.
#
#   test-site.sh WORKDIR MAIN_LOCAL_MAVEN_REPOSITORY [KEYSTORE ALIAS STOREPASS]
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$1" && work=$(cd "$1" && pwd) || exit 1
local_repository=$2
cd "$root" || exit 1
sign= signer=
if [ -n "${3:-}" ]; then
	sign="-Dhyoka.sign.keystore=$3 -Dhyoka.sign.alias=$4 -Dhyoka.sign.storepass=$5"
	signer=$("${JAVA_HOME:+$JAVA_HOME/bin/}keytool" -list -v -keystore "$3" -storepass "$5" -alias "$4" 2>/dev/null | sed -n 's/^Owner: //p' | head -n 1)
	[ -n "$signer" ] || { echo "site test: cannot read the owner of $4 in $3" >&2; exit 1; }
fi
rm -rf "$work/unpacked" &&
	sh releng/scripts/unpack-product.sh releng/org.hyoka.repository/target/products/hyoka-workbench-*-linux.gtk.x86_64.tar.gz "$work/unpacked" ||
	{ echo "site test: cannot unpack the Linux product of releng/org.hyoka.repository/target/products" >&2; exit 1; }
product=$work/unpacked
releases=$work/releases
# shellcheck disable=SC2086 # the signing arguments are words of their own
sh releng/scripts/test-new-bundle.sh --product "$product" --release-site "file:$releases/latest" "$work/scaffold-test" \
	"-Dmaven.repo.local=$local_repository" $sign || exit 1
site=$work/scaffold-test/repository/releng/org.hyoka.example.site/target/repository
sh releng/scripts/test-signing.sh "$product" "$site" "$work/signing-test" || exit 1
# published as releases are: the build's repository as release N, the newer site as N+1, latest the composite of both
rm -rf "$releases" &&
	sh releng/scripts/publish-release.sh releng/org.hyoka.repository/target/repository "$releases" N >/dev/null &&
	sh releng/scripts/publish-release.sh "$site" "$releases" N1 || exit 1
# the update wizard's test spends most of its two minutes waiting for windows and for p2's own timer: it runs beside
# the headless tests, which keep a processor busy (each test has its own copy of a product; the wizard's its own home
# and display)
sh releng/scripts/test-update-ui.sh "$work/scaffold-test/release-product" "$releases/latest" "$work/update-ui-test" "$signer" ${signer:+"$work/signing-test/unsigned-site"} &
wizard=$!
sh releng/scripts/test-update.sh "$product" "$releases" "$work/update-test" "$signer" &&
	sh releng/scripts/test-partners-doc.sh "$product" releng/org.hyoka.repository/target/repository "$site" "$work/partners-doc-test"
headless=$?
wait $wizard && [ $headless -eq 0 ]
