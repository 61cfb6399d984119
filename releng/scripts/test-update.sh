#!/bin/sh
# A partner's product is updated from the release site, headlessly, with the product's own p2 director:
# - the IP Tracking feature goes to the newer release's higher version, the product restarts on it, and the user's
#   workspace and evaluation files are as they were;
# - the IP feature is uninstalled and installed again from it, and an optional feature that only the newer release
#   has is installed and uninstalled the same way;
# - a site with a missing artifact, or a corrupt one, fails with a message naming it and leaves the product as it
#   was, still working;
# - last, the installation reverts to its state from before the update, which needs the earlier release's IP feature
#   (p2 keeps the replaced bundle but not the feature): it must come back from the site, not from the build's folders.
# RELEASES is publish-release.sh's folder: latest/ the composite of the product's release and a newer one, the site.
# test-site.sh publishes the build's repository and the scaffold test's site, whose copy of the tree raises the IP
# bundle by a micro version (versions.py bump) and adds org.hyoka.example.feature. A site of the newer release alone
# (no earlier release reachable) fails the revert.
#
# With SIGNER (a certificate's subject), the updated bundle must be signed by it, as a release signs its jars.
#
#   test-update.sh PRODUCT_ARCHIVE|UNPACKED_PRODUCT RELEASES WORKDIR [SIGNER]
set -u
archive=$1
releases=$(cd "$2" && pwd) || exit 1
site=file:$releases/latest
work=$3
signer=${4:-}
rm -rf "$work" && mkdir -p "$work" || exit 1
work=$(cd "$work" && pwd)

fail() {
	echo "update test: $*" >&2
	exit 1
}

sh "$(dirname "$0")/unpack-product.sh" "$archive" "$work/installed" || fail "cannot unpack $archive"
hyoka=$work/installed/hyoka-workbench/hyoka
bundles_info=$work/installed/hyoka-workbench/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
states=$work/installed/hyoka-workbench/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile
# the version of a configured bundle, as the product will start it
configured() {
	sed -n "s/^$1,\([^,]*\),.*/\1/p" "$bundles_info"
}
director() {
	log=$work/director-$1.txt
	shift
	timeout 300 "$hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" "$@" >"$log" 2>&1
}

# the user's things, which no update may touch
mkdir -p "$work/workspace/.metadata" "$work/files"
echo "a setting of the user" >"$work/workspace/.metadata/user.prefs"
cp "$(dirname "$0")/../../bundles/org.hyoka.samples/samples/saisei-iryo-2022.hyoka" "$work/files/002.hyoka"
(cd "$work" && find workspace files -type f | sort | xargs sha256sum) >"$work/before.sha256"

before=$(configured org.hyoka.ip)
[ -n "$before" ] || fail "the installed product does not configure org.hyoka.ip"
before_feature=$(ls "$work/installed/hyoka-workbench/features" | grep '^org\.hyoka\.ip\.feature_')
director update -repository "$site" -uninstallIU org.hyoka.ip.feature.feature.group \
	-installIU org.hyoka.ip.feature.feature.group ||
	fail "the director did not update the IP feature: $(tail -n 5 "$work/director-update.txt")"
# the state the update started from: the one before the update's, here the archive's, in which the launcher script
# wrote the installation's own folder (docs/partners.md, "Rolling back")
before_state=$(ls "$states" | sed -n 's/\.profile\.gz$//p' | sort -n | tail -n 2 | head -n 1)
after=$(configured org.hyoka.ip)
[ -n "$after" ] && [ "$after" != "$before" ] || fail "org.hyoka.ip is still $before after the update"
[ "$(printf '%s\n%s\n' "$before" "$after" | sort -V | tail -n 1)" = "$after" ] || fail "the update went down from $before to $after"
[ "${after%.*}" != "${before%.*}" ] || fail "the update changed only the qualifier ($before to $after), not the version"
# restarted on the new version: the IP rules run, and the user's file is read and left as it was
out=$(timeout 120 "$hyoka" validate "$work/files/002.hyoka" 2>&1)
[ $? -le 1 ] || fail "hyoka validate fails after the update: $out"
printf '%s\n' "$out" | grep -q 'HY-IP-' || fail "no IP finding after the update: the updated IP bundle does not run"
(cd "$work" && sha256sum --quiet -c before.sha256) >/dev/null 2>&1 || fail "the update changed the user's workspace or files"
if [ -n "$signer" ]; then
	jar=$work/installed/hyoka-workbench/plugins/org.hyoka.ip_$after.jar
	out=$("${JAVA_HOME:+$JAVA_HOME/bin/}jarsigner" -verify -verbose -certs "$jar" 2>&1)
	printf '%s\n' "$out" | grep -q '^jar verified' || fail "the updated org.hyoka.ip is not signed: $(printf '%s\n' "$out" | tail -n 3)"
	printf '%s\n' "$out" | grep -qF "$signer" || fail "the updated org.hyoka.ip is not signed by $signer"
fi
echo "update test: IP Tracking went from $before to $after${signer:+, signed by $signer}; the restarted product runs it, the user's files unchanged"

# the optional IP feature removed, then installed again from the site
director remove-ip -uninstallIU org.hyoka.ip.feature.feature.group ||
	fail "the director did not uninstall IP Tracking: $(tail -n 5 "$work/director-remove-ip.txt")"
[ -z "$(configured org.hyoka.ip)" ] || fail "org.hyoka.ip is still configured after IP Tracking was uninstalled"
out=$(timeout 120 "$hyoka" validate "$work/files/002.hyoka" 2>&1)
[ $? -le 1 ] || fail "hyoka validate fails without IP Tracking: $out"
printf '%s\n' "$out" | grep -q 'HY-IP-' && fail "IP findings without IP Tracking"
director reinstall-ip -repository "$site" -installIU org.hyoka.ip.feature.feature.group ||
	fail "the director did not install IP Tracking again: $(tail -n 5 "$work/director-reinstall-ip.txt")"
[ "$(configured org.hyoka.ip)" = "$after" ] || fail "IP Tracking came back as $(configured org.hyoka.ip), not $after"
timeout 120 "$hyoka" validate "$work/files/002.hyoka" 2>&1 | grep -q 'HY-IP-' || fail "no IP finding after IP Tracking was installed again"
(cd "$work" && sha256sum --quiet -c before.sha256) >/dev/null 2>&1 || fail "removing and installing IP Tracking changed the user's files"
echo "update test: IP Tracking uninstalled (no IP findings) and installed again from the site"

# broken sites, before the example feature was ever installed (p2 would find a fetched artifact in its cache)
cp "$bundles_info" "$work/bundles.info.before"
for damage in missing corrupt; do
	cp -a "$releases" "$work/$damage"
	jar=$(ls "$work/$damage"/*/plugins/org.hyoka.example_*.jar | head -n 1)
	[ -n "$jar" ] || fail "no release of $releases has an org.hyoka.example jar"
	if [ $damage = missing ]; then rm "$jar"; else head -c 100 /dev/urandom >"$jar"; fi
	director $damage -repository "file:$work/$damage/latest" -installIU org.hyoka.example.feature.feature.group &&
		fail "the director installed from a site with a $damage artifact"
	grep -q 'org.hyoka.example' "$work/director-$damage.txt" ||
		fail "the director's message on a $damage artifact does not name it: $(tail -n 5 "$work/director-$damage.txt")"
	cmp -s "$bundles_info" "$work/bundles.info.before" || fail "a failed install from a $damage artifact changed the configuration"
	out=$(timeout 120 "$hyoka" validate "$work/files/002.hyoka" 2>&1)
	[ $? -le 1 ] || fail "the product does not work after a failed install from a $damage artifact: $out"
done
(cd "$work" && sha256sum --quiet -c before.sha256) >/dev/null 2>&1 || fail "the failed installs changed the user's files"
# p2 keeps the sites of failed installs in its list, and these copies hold every release: the revert below must find
# the earlier release on the site alone
rm -rf "$work/missing" "$work/corrupt"
echo "update test: sites with a missing and a corrupt artifact fail naming it; the product keeps working"

# an optional feature only the newer release has, installed and removed
director install -repository "$site" -installIU org.hyoka.example.feature.feature.group ||
	fail "the director did not install the example feature: $(tail -n 5 "$work/director-install.txt")"
timeout 120 "$hyoka" export --list 2>&1 | grep -q org.hyoka.example.projects || fail "the installed feature's exporter is not offered"
director uninstall -uninstallIU org.hyoka.example.feature.feature.group ||
	fail "the director did not uninstall the example feature: $(tail -n 5 "$work/director-uninstall.txt")"
[ -z "$(configured org.hyoka.example)" ] || fail "org.hyoka.example is still configured after the uninstall"
timeout 120 "$hyoka" export --list 2>&1 | grep -q org.hyoka.example.projects && fail "the uninstalled feature's exporter is still offered"
echo "update test: the example feature installed from the site and uninstalled"

# back to the state from before the update, as docs/partners.md's revert does
director revert -revert "$before_state" -repository "$site" ||
	fail "the director did not revert to the state $before_state from before the update: $(grep -v -e '^!' -e '^file:' "$work/director-revert.txt" | tail -n 5)"
[ "$(configured org.hyoka.ip)" = "$before" ] || fail "org.hyoka.ip is $(configured org.hyoka.ip) after the revert, not $before"
[ -d "$work/installed/hyoka-workbench/features/$before_feature" ] || fail "the revert did not bring back the feature $before_feature"
# from the installation's own folder, not from the build's (the path of a state written by the build)
grep -q '^org\.hyoka\.ip,[^,]*,plugins/' "$bundles_info" || fail "the reverted org.hyoka.ip is not in the installation: $(grep '^org.hyoka.ip,' "$bundles_info")"
timeout 120 "$hyoka" validate "$work/files/002.hyoka" 2>&1 | grep -q 'HY-IP-' || fail "no IP finding after the revert"
(cd "$work" && sha256sum --quiet -c before.sha256) >/dev/null 2>&1 || fail "the revert changed the user's files"
echo "update test: reverted to the state from before the update ($before_state): IP Tracking back to $before"
