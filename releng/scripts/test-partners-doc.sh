#!/bin/sh
# Runs the commands of docs/partners.md as a partner would, word for word: each block the page marks with
# "test-partners-doc.sh runs this block: NAME", with only the site's address, the /srv/ folders and the state's number
# replaced by the build's own, beside an unpacked Linux archive (the release manager's in the tree); and checks what
# each did (docs/partners.md, "These commands are tested"). The project's site is the composite that the release
# manager's block publishes the tree's built repository (REPOSITORY, which it must be) into. Run by test-site.sh after the update test; leaves its files in WORKDIR.
#
#   test-partners-doc.sh PRODUCT_ARCHIVE|UNPACKED_PRODUCT REPOSITORY PARTNER_REPOSITORY WORKDIR
set -u
archive=$1
ours=$(cd "$2" && pwd) || exit 1
root=$(cd "$(dirname "$0")/../.." && pwd)
partner=$(cd "$3" && pwd) || exit 1
work=$4
rm -rf "$work" && mkdir -p "$work/installed" "$work/srv" || exit 1
work=$(cd "$work" && pwd)
ln -s "$partner" "$work/srv/partner-site"

fail() {
	echo "partners doc test: $*" >&2
	exit 1
}

# every block of the page is run or checked by a test marked before it
unmarked=$(sh "$(dirname "$0")/doc-block.sh" --unmarked)
[ -z "$unmarked" ] || fail "docs/partners.md has blocks that no test is marked for: $unmarked"
sh "$(dirname "$0")/unpack-product.sh" "$archive" "$work/installed" || fail "cannot unpack $archive"
product=$work/installed/hyoka-workbench
bundles_info=$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
configured() {
	grep -q "^$1," "$bundles_info"
}
# p2 reverts to a state's folders as the state names them (docs/partners.md, "Rolling back"): the archive's states
# name none of the build's, neither this tree nor where Tycho put the product
for state in "$product"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile/*.profile*; do
	gzip -dcf "$state" | grep -q -e "$root/" -e '/target/products/' &&
		fail "the archive's profile state ${state##*/} names a folder of the build: $(gzip -dcf "$state" | grep -o -m 1 -e "'$root/[^'|]*" -e "'/[^'|]*/target/products/[^'|]*")"
done
cp "$bundles_info" "$work/bundles-unpacked.info"

# the block NAME of the page, its indentation taken off
block() {
	sh "$(dirname "$0")/doc-block.sh" "$1"
}

# run NAME [SITE]: runs the block NAME beside the product (the release manager's, publish, in the tree), SITE
# (default: the published releases' composite) for the project's site, the test's folders for /srv/; its output in
# $work/NAME.txt
run() {
	text=$(block "$1")
	[ -n "$text" ] || fail "docs/partners.md has no block \"$1\" marked for this test"
	text=$(printf '%s\n' "$text" | sed -e "s|https://download\.hyoka\.org/releases/latest|file:${2:-$work/srv/www/releases/latest}|g" \
		-e "s#\([ >:]\)/srv/#\1$work/srv/#g" -e "s|1795831611802|${state:-}|g")
	where=$work/installed
	[ "$1" = publish ] && where=$root
	(cd "$where" && timeout 300 sh -e -c "$text") >"$work/$1.txt" 2>&1 ||
		fail "the block \"$1\" of docs/partners.md failed: $(tail -n 5 "$work/$1.txt")"
}

# the states of the product as unpacked, before any start: the first listed is the one the last revert goes back to
run states
unpacked=$(sed -n 's/^\([0-9]*\)\.profile\(\.gz\)*$/\1/p' "$work/states.txt" | sort -n | head -n 1)
[ -n "$unpacked" ] || fail "the states block lists no state in the product as unpacked: $(cat "$work/states.txt")"
run publish
grep -q "location='\.\./[^']*'" "$work/srv/www/releases/latest/compositeContent.xml" ||
	fail "the publish block made no composite of the release: $(cat "$work/publish.txt")"
cmp -s "$ours/artifacts.jar" "$(ls -d "$work"/srv/www/releases/*/artifacts.jar | head -n 1)" ||
	fail "the publish block did not publish $ours beside latest/"
run uninstall
configured org.hyoka.roadmap && fail "the Roadmap is still configured after the uninstall block"
run mirror
for part in plugins features; do
	[ "$(ls "$work/srv/hyoka-mirror/$part" | wc -l)" = "$(ls "$ours/$part" | wc -l)" ] ||
		fail "the mirror's $part/ does not hold every artifact of the site"
done
run install "$work/srv/hyoka-mirror"
configured org.hyoka.roadmap || fail "the install block did not install the Roadmap from the mirror"
echo "partners doc test: the build's repository published as a release of the site, the Roadmap uninstalled, the site mirrored with every artifact, the Roadmap installed from the mirror"

run uninstall
run states
state=$(sed -n 's/^\([0-9]*\)\.profile\.gz$/\1/p' "$work/states.txt" | sort -n | tail -n 1)
[ -n "$state" ] || fail "the states block lists no state: $(cat "$work/states.txt")"
run composite
run install-both
configured org.hyoka.example && configured org.hyoka.roadmap ||
	fail "the install-both block did not install the partner's feature and the Roadmap from the composite"
"$product/hyoka" export --list 2>&1 | grep -q org.hyoka.example.projects ||
	fail "the partner's exporter is not offered after the install from the composite"
echo "partners doc test: the partner's feature and the Roadmap installed in one step from a composite of both sites"

run revert
configured org.hyoka.example || configured org.hyoka.roadmap && fail "the revert to state $state left the composite's features configured"
"$product/hyoka" export --list 2>&1 | grep -q org.hyoka.example.projects && fail "the partner's exporter is still offered after the revert"
echo "partners doc test: the revert to the state listed before that install ($state) took both away"

state=$unpacked
run revert
cmp -s "$bundles_info" "$work/bundles-unpacked.info" ||
	fail "after the revert to the state listed first in the product as unpacked ($state) the configuration is not the one unpacked: $(diff "$work/bundles-unpacked.info" "$bundles_info" | head -n 5)"
"$product/hyoka" help 2>&1 | grep -q 'hyoka roadmap FILE' ||
	fail "the Roadmap's command is not offered after the revert to the state listed first ($state)"
echo "partners doc test: the revert to the state listed first in the product as unpacked ($state) configured the" \
	"installation's own bundles as unpacked"
