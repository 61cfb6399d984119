#!/bin/sh
# Takes the build machine out of the materialized products before they are archived. p2's director, which Tycho runs
# to install each product, remembers every artifact repository it read: the reactor's target folders, the local Maven
# repository and its working folders, all paths of the build machine. An installation that lists them would look
# there when it installs or updates (docs/partners.md, "The update site"). The installation's own bundle pool is not
# among what it needs: p2 finds it from the profile (org.eclipse.equinox.p2.cache, roaming).
#
# The director also wrote the profile's states with the product's folder on the build machine (its install folder,
# bundle pool and the files it unzipped). p2 takes those paths as they are, absolute, when it reverts to a state: a
# revert to such a state configured the build's folder instead of the installation's, and a relative path would be
# read against the folder the user started from. So only the last state is kept (the earlier ones are the director's
# steps towards it), uncompressed, with @hyoka.home@ in place of the product's folder, which the launcher script
# replaces with the installation's own folder before p2 reads the state (docs/partners.md, "Rolling back").
#
#   forget-build-sites.sh PRODUCTS_FOLDER     (target/products: every platform's product below it)
set -eu
products=$1
[ -d "$products" ] || { echo "forget-build-sites: no folder $products" >&2; exit 1; }
found=0
for prefs in $(find "$products" -path '*/p2/org.eclipse.equinox.p2.engine/.settings/*.repository.prefs'); do
	rm "$prefs"
	found=$((found + 1))
done
echo "forget-build-sites: removed $found lists of the build's repositories under $products"
kept=0
for profile in $(find "$products" -path '*/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile' -type d); do
	product=$(cd "$profile/../../../.." && pwd)
	last=$(ls "$profile" | sed -n 's/^\([0-9]*\)\.profile\.gz$/\1/p' | sort -n | tail -n 1)
	[ -n "$last" ] || { echo "forget-build-sites: no state in $profile" >&2; exit 1; }
	folder=$(gzip -dc "$profile/$last.profile.gz" | sed -n "s/.*name='org\.eclipse\.equinox\.p2\.installFolder' value='\([^']*\)'.*/\1/p")
	[ "$folder" = "$product" ] ||
		{ echo "forget-build-sites: the state $last of $profile names $folder as the product's folder, not $product" >&2; exit 1; }
	pattern=$(printf '%s\n' "$folder" | sed 's/[][\.*^$|]/\\&/g')
	gzip -dc "$profile/$last.profile.gz" | sed "s|$pattern|@hyoka.home@|g" >"$profile/$last.new"
	rm -f "$profile"/*.profile.gz "$profile"/*.profile
	mv "$profile/$last.new" "$profile/$last.profile"
	! grep -qF "$folder" "$profile/$last.profile" ||
		{ echo "forget-build-sites: the state $last of $profile still names $folder" >&2; exit 1; }
	kept=$((kept + 1))
done
echo "forget-build-sites: kept the last state of $kept profiles under $products, without the build's folder"
