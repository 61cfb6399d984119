#!/bin/sh
# Checks the built p2 repository the way a partner's "Install New Software" sees it: the categories Hyoka Workbench
# and its optional tools exist, with their Japanese names, and offer the workbench, export, score-sheet,
# command-line, IP, Japanese language pack, roadmap and team features, and their plugins are in the repository; each
# artifact's size and SHA-256 in artifacts.xml are the file's. Given the alias a signed build signed with (docs/partners.md, "Signed content"): every jar of the repository
# is signed, and every Hyoka one with that alias's signature (META-INF/ALIAS.SF). Every Hyoka feature carries the text of
# its licence (features/org.hyoka.license.feature), not a line naming it.
#
#   check-p2-repository.sh REPOSITORY_DIR [ALIAS]
set -u
repo=$1
alias=${2:-}
content=$(xz -dc "$repo/content.xml.xz") || { echo "p2 check: no readable content.xml.xz in $repo" >&2; exit 1; }

category=$(printf '%s\n' "$content" | awk '
	/<unit id=/ { unit = ""; incategory = 0 }
	{ unit = unit $0 "\n" }
	/org.eclipse.equinox.p2.type.category. value=.true./ { incategory = 1 }
	/<\/unit>/ { if (incategory) printf "%s", unit; incategory = 0 }')
# each category named by a key of releng/org.hyoka.repository/site.properties, translated by site_ja.properties
for named in 'workbenchCategory=Hyoka Workbench' 'toolsCategory=Hyoka Workbench: optional tools'; do
	key=${named%%=*} name=${named#*=}
	printf '%s' "$category" | grep -q "name='org.eclipse.equinox.p2.name' value='%$key'" &&
		printf '%s' "$category" | grep -q "name='df_LT.$key' value='$name'" ||
		{ echo "p2 check: no category named $name (%$key) in $repo" >&2; exit 1; }
	printf '%s' "$category" | grep -q "name='ja.$key' value=" ||
		{ echo "p2 check: the category $name (%$key) has no Japanese name in $repo" >&2; exit 1; }
done
for feature in org.hyoka.workbench.feature org.hyoka.export.feature org.hyoka.scoresheets.feature org.hyoka.cli.feature org.hyoka.ip.feature \
	org.hyoka.nl.ja.feature org.hyoka.roadmap.feature org.hyoka.team.feature; do
	printf '%s' "$category" | grep -q "name='$feature.feature.group'" ||
		{ echo "p2 check: no category offers $feature" >&2; exit 1; }
done
for plugin in org.hyoka.app org.hyoka.core org.hyoka.export org.hyoka.export.ui org.hyoka.scoresheets org.hyoka.cli org.hyoka.ip org.hyoka.nl.ja.jface org.hyoka.nl.ja.ui.ide; do
	ls "$repo"/plugins/${plugin}_*.jar >/dev/null 2>&1 || { echo "p2 check: $plugin is missing from $repo/plugins" >&2; exit 1; }
done
python3 - "$repo" "$alias" <<'EOF' || exit 1
import hashlib, lzma, re, sys, zipfile
from pathlib import Path
repo, alias = Path(sys.argv[1]), sys.argv[2].upper()
artifacts = lzma.open(repo / "artifacts.xml.xz").read().decode()
folders = {"osgi.bundle": "plugins", "org.eclipse.update.feature": "features"}
problems = []
# each Hyoka feature offers the licence's whole text (the license feature's), which p2's wizards show to be accepted
content = lzma.open(repo / "content.xml.xz").read().decode()


def shown(body, text):
    """A unit's text as p2 shows it: a %key read from the unit's default translation."""
    if not text.startswith("%"):
        return text
    found = re.search(r"<property name='df_LT\." + re.escape(text[1:]) + r"' value='([^']*)'", body)
    return found.group(1) if found else ""


named = {}
for unit, body in re.findall(r"<unit id='(org\.hyoka\.[^']+\.feature\.group)' [^>]*>(.*?)</unit>", content, re.S):
    # the licence's properties are appended to each feature's: a key of its own there would rename every feature
    for shown_key in ("org.eclipse.equinox.p2.name", "org.eclipse.equinox.p2.description"):
        key = re.search(r"<property name='" + shown_key + r"' value='(%[^']+)'", body)
        if key and shown(body, key.group(1)):
            named.setdefault((shown_key, shown(body, key.group(1))), []).append(unit)
    licence = re.search(r"<license [^>]*>\s*(.*?)\s*</license>", body, re.S)
    text = shown(body, licence.group(1)) if licence else ""
    if "Eclipse Public License - v 2.0" not in text or "5. NO WARRANTY" not in text:
        problems.append(f"{unit}: its licence is not the text of the Eclipse Public License 2.0: {text[:80]!r}")
problems += [f"{', '.join(units)}: the same {key.rsplit('.', 1)[1]} {value!r}" for (key, value), units in named.items() if len(units) > 1]
for classifier, name, version, properties in re.findall(
        r"<artifact classifier='([^']+)' id='([^']+)' version='([^']+)'>(.*?)</artifact>", artifacts, re.S):
    if classifier not in folders:
        continue
    path = repo / folders[classifier] / f"{name}_{version}.jar"
    data = path.read_bytes()
    listed = dict(re.findall(r"<property name='([^']+)' value='([^']*)'/>", properties))
    if listed.get("download.size") != str(len(data)) or listed.get("download.checksum.sha-256") != hashlib.sha256(data).hexdigest():
        problems.append(f"{path.name}: its size or SHA-256 in artifacts.xml is not the file's")
    if not alias:
        continue
    with zipfile.ZipFile(path) as jar:
        files = set(jar.namelist())
    # signed: a signature file with its block, as jarsigner -verify looks for them
    if not any(re.fullmatch(r"META-INF/[^/]+\.(RSA|DSA|EC)", f, re.I) and f[:f.rindex(".")] + ".SF" in files for f in files):
        problems.append(f"{path.name}: not signed")
    elif name.startswith("org.hyoka.") and f"META-INF/{alias}.SF" not in files:
        problems.append(f"{path.name}: not signed by the build's key ({alias})")
if problems:
    sys.exit("p2 check: in " + str(repo) + ":\n  " + "\n  ".join(problems))
EOF
echo "p2 check: artifacts.xml holds each artifact's size and checksum${alias:+, every jar is signed}; each feature carries the licence's text"
echo "p2 check: the categories offer the workbench, export, score-sheet, command-line, IP, Japanese language pack, roadmap and team features ($repo)"
