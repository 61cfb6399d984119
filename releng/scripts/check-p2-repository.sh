#!/bin/sh
# Checks the built p2 repository the way a partner's "Install New Software" sees it: the categories Hyoka Workbench
# and its optional tools exist and offer the workbench, export, score-sheet, command-line, IP and Japanese language
# pack features, and their plugins are in the repository.
#
#   check-p2-repository.sh REPOSITORY_DIR
set -u
repo=$1
content=$(xz -dc "$repo/content.xml.xz") || { echo "p2 check: no readable content.xml.xz in $repo" >&2; exit 1; }

category=$(printf '%s\n' "$content" | awk '
	/<unit id=/ { unit = ""; incategory = 0 }
	{ unit = unit $0 "\n" }
	/org.eclipse.equinox.p2.type.category. value=.true./ { incategory = 1 }
	/<\/unit>/ { if (incategory) printf "%s", unit; incategory = 0 }')
for name in 'Hyoka Workbench' 'Hyoka Workbench: optional tools'; do
	printf '%s' "$category" | grep -q "name='org.eclipse.equinox.p2.name' value='$name'" ||
		{ echo "p2 check: no category named $name in $repo" >&2; exit 1; }
done
for feature in org.hyoka.workbench.feature org.hyoka.export.feature org.hyoka.scoresheets.feature org.hyoka.cli.feature org.hyoka.ip.feature org.hyoka.nl.ja.feature; do
	printf '%s' "$category" | grep -q "name='$feature.feature.group'" ||
		{ echo "p2 check: no category offers $feature" >&2; exit 1; }
done
for plugin in org.hyoka.app org.hyoka.core org.hyoka.export org.hyoka.export.ui org.hyoka.scoresheets org.hyoka.cli org.hyoka.ip org.hyoka.nl.ja.jface org.hyoka.nl.ja.ui.ide; do
	ls "$repo"/plugins/${plugin}_*.jar >/dev/null 2>&1 || { echo "p2 check: $plugin is missing from $repo/plugins" >&2; exit 1; }
done
echo "p2 check: the categories offer the workbench, export, score-sheet, command-line, IP and Japanese language pack features ($repo)"
