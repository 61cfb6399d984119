#!/bin/sh
# Publishes a release's p2 repository beside the earlier ones and makes RELEASES/latest, the site installations update
# from, a composite repository of all of them (docs/partners.md, "Publishing a release"): RELEASES/VERSION holds the
# release, never replaced, so that an installation can still fetch an earlier release's features to revert to it,
# and latest/ holds only compositeContent.xml, compositeArtifacts.xml and p2.index naming every RELEASES/*/ that is a
# p2 repository, oldest version first. Children are named relatively (../VERSION), so the whole folder can be copied
# or served anywhere.
#
#   publish-release.sh REPOSITORY RELEASES VERSION
set -u
[ $# = 3 ] || { echo "usage: publish-release.sh REPOSITORY RELEASES VERSION" >&2; exit 2; }
repository=$1 releases=$2 version=$3

fail() {
	echo "publish-release: $*" >&2
	exit 1
}

case $version in
'' | latest | .* | */*) fail "\"$version\" cannot name a release's folder" ;;
esac
mkdir -p "$releases/latest" || fail "cannot make $releases/latest"
[ ! -e "$releases/$version" ] || fail "$releases/$version exists: a published release is never replaced"
[ -f "$repository/artifacts.jar" ] || [ -f "$repository/artifacts.xml" ] || fail "$repository is not a p2 repository (no artifacts.jar)"
partial=$releases/.$version.partial
rm -rf "$partial" && mkdir "$partial" && cp -R "$repository/." "$partial/" || fail "cannot copy $repository into $releases"
# the release appears whole or not at all
mv "$partial" "$releases/$version" || fail "cannot move the release to $releases/$version"

# the releases, oldest version first
children=$(cd "$releases" && for child in */; do
	child=${child%/}
	[ "$child" != latest ] && { [ -f "$child/artifacts.jar" ] || [ -f "$child/artifacts.xml" ]; } && echo "$child"
done | sort -V)
[ -n "$children" ] || fail "$releases holds no release"
count=$(printf '%s\n' "$children" | wc -l)
timestamp=$(($(date +%s) * 1000))

# composite KIND ELEMENT TYPE: one of the two files, written beside and renamed into place
composite() {
	file=$releases/latest/composite$1.xml
	{
		printf "<?xml version='1.0' encoding='UTF-8'?>\n<?composite%sRepository version='1.0.0'?>\n" "$2"
		printf "<repository name='Hyoka Workbench releases' type='org.eclipse.equinox.internal.p2.%s' version='1.0.0'>\n" "$3"
		# p2 refuses the whole site while a release cannot be read, rather than offer an update it cannot revert
		printf "  <properties size='2'>\n    <property name='p2.timestamp' value='%s'/>\n" "$timestamp"
		printf "    <property name='p2.atomic.composite.loading' value='true'/>\n  </properties>\n"
		printf "  <children size='%s'>\n" "$count"
		printf '%s\n' "$children" | sed "s|.*|    <child location='../&'/>|"
		printf "  </children>\n</repository>\n"
	} >"$file.new" && mv "$file.new" "$file" || fail "cannot write $file"
}
# the artifacts first: a client that reads the new content then finds its artifacts
composite Artifacts Artifact artifact.repository.CompositeArtifactRepository
composite Content Metadata metadata.repository.CompositeMetadataRepository
# p2 then asks for nothing but the composite's two files
printf 'version=1\nmetadata.repository.factory.order=compositeContent.xml,\\!\nartifact.repository.factory.order=compositeArtifacts.xml,\\!\n' \
	>"$releases/latest/p2.index" || fail "cannot write $releases/latest/p2.index"
echo "publish-release: $releases/latest is the composite of $(printf '%s\n' "$children" | paste -sd ' ' -)"
