#!/bin/sh
# Takes the build's own repositories out of the materialized products before they are archived. p2's director, which
# Tycho runs to install each product, remembers every artifact repository it read: the reactor's target folders, the
# local Maven repository and its working folders, all paths of the build machine. An installation that lists them
# would look there when it installs or updates (docs/partners.md, "The update site"). The installation's own bundle
# pool is not among what it needs: p2 finds it from the profile (org.eclipse.equinox.p2.cache, roaming).
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
