#!/usr/bin/env python3
"""The map of Hyoka Workbench's bundles and features in docs/architecture.md, drawn from the manifests.

  architecture.py --write      redraw the map between the markers in docs/architecture.md and the table of
                               contributions in docs/extension-points.md
  architecture.py --check      exit 1 when the map is not what the manifests say, the table of contributions not what
                               the plugin.xml files say, a headless bundle needs a UI, a bundle's %key texts are not in
                               both plugin.properties and plugin_ja.properties, or code lists contributions itself
  architecture.py --self-test  plant an undeclared dependency, SWT, an untranslated key, an unlisted contribution and
                               a switch over contributed ids in a copy, and see --check fail on each

Code lists contributions itself (a closed list, which every new bundle would have to edit) when a switch names two or
more ids, names or rule codes that plugin.xml files contribute to a Hyoka extension point, directly or through string
constants, or when most constants of an enum (three at least) are one point's contributions: the contributions are
meant to be read from their registry.

A bundle is a UI bundle when its name ends with .ui or it is one of UI_BUNDLES; a test fragment takes its host's
kind. Every other bundle is headless and must not require SWT, JFace or the workbench UI.
"""
import pathlib
import re
import shutil
import sys
import tempfile
from xml.etree import ElementTree

UI_BUNDLES = {"org.hyoka.app", "org.hyoka.editor", "org.hyoka.testing.ui", "org.hyoka.testing.editor",
              "org.hyoka.testing.contributions",
              # holds File > Open Sample beside the samples themselves: to be split into samples and samples.ui
              "org.hyoka.samples"}
UI_PREFIXES = ("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui")
BEGIN = "<!-- map:begin (releng/scripts/architecture.py --write redraws it) -->"
END = "<!-- map:end -->"
CONTRIBUTIONS_BEGIN = "<!-- contributions:begin (releng/scripts/architecture.py --write redraws it) -->"
CONTRIBUTIONS_END = "<!-- contributions:end -->"
# what names a contribution in the schemas of the Hyoka points
KEYS = ("id", "name", "code", "rule", "extension")


def headers(path):
    """The manifest's headers, continuation lines joined."""
    return manifest_headers(path.read_text(encoding="utf-8"))


def manifest_headers(text):
    """The headers of a manifest's text, continuation lines joined."""
    result, name = {}, None
    for line in text.splitlines():
        if line.startswith(" ") and name:
            result[name] += line[1:]
        elif ":" in line:
            name, value = line.split(":", 1)
            result[name] = value.strip()
    return result


def clauses(header):
    """The clauses of a manifest header (Export-Package, Require-Bundle…), split at commas outside quotes."""
    parts, quoted, current = [], False, ""
    for char in header or "":
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def names(header):
    """The names in a Require-Bundle or Import-Package header, without attributes and directives."""
    return [clause.split(";")[0].strip() for clause in clauses(header)]


def optional(header):
    """The names in a header whose clauses are optional (resolution:=optional)."""
    return {clause.split(";")[0].strip() for clause in clauses(header) if "resolution:=optional" in clause}


def friends(header):
    """{package: [friend bundles]} of an Export-Package header's x-friends."""
    found = {}
    for clause in clauses(header):
        listed = re.search(r'x-friends:="([^"]*)"', clause)
        if listed:
            found[clause.split(";")[0].strip()] = [f.strip() for f in listed.group(1).split(",")]
    return found


def bundles(root):
    found = {}
    for manifest in sorted(root.glob("bundles/*/META-INF/MANIFEST.MF")):
        h = headers(manifest)
        name = h["Bundle-SymbolicName"].split(";")[0].strip()
        found[name] = {
            "folder": manifest.parent.parent,
            "headers": h,
            "host": names(h.get("Fragment-Host"))[0] if h.get("Fragment-Host") else None,
            "requires": names(h.get("Require-Bundle")),
            "imports": names(h.get("Import-Package")),
            "optional": optional(h.get("Require-Bundle")) | optional(h.get("Import-Package")),
            "exports": names(h.get("Export-Package")),
            "friends": friends(h.get("Export-Package")),
            "contributions": contributions(manifest.parent.parent),
        }
    return found


def contributions(folder):
    """[(point, name, nested)] of the bundle's plugin.xml or fragment.xml for the Hyoka extension points: what each
    contribution is named by, and the names inside it (the rule codes of a rule set) as nested."""
    found = []
    for file in ("plugin.xml", "fragment.xml"):
        if (folder / file).is_file():
            for extension in ElementTree.parse(folder / file).getroot().iter("extension"):
                point = extension.get("point", "")
                if not point.startswith("org.hyoka."):
                    continue
                for top in extension:
                    for element in top.iter():
                        name = next((element.get(key) for key in KEYS if element.get(key)), None)
                        if name:
                            found.append((point, name, element is not top))
    return found


def features(root):
    found = {}
    for xml in sorted(root.glob("features/*/feature.xml")):
        text = xml.read_text(encoding="utf-8")
        name = re.search(r'<feature\s+id="([^"]+)"', text).group(1)
        found[name] = {
            "folder": xml.parent,
            "text": text,
            "plugins": re.findall(r'<plugin\s+id="([^"]+)"', text),
            "requires": re.findall(r'<import\s+feature="([^"]+)"', text),
        }
    return found


def kind(name, all_bundles):
    host = all_bundles[name]["host"]
    if host and host not in all_bundles:
        return "Japanese texts of a platform bundle"
    if host:
        return "test of a UI bundle" if kind(host, all_bundles) != "headless" else "test"
    return "UI" if name.endswith(".ui") or name in UI_BUNDLES else "headless"


def draw(root):
    all_bundles, all_features = bundles(root), features(root)
    feature_of = {plugin: f for f, data in all_features.items() for plugin in data["plugins"]}
    exporter = {package: name for name, data in all_bundles.items() for package in data["exports"]}
    lines = ["| Bundle | Kind | Feature | Requires (bundles of this tree; a test: its host) | Imports from | "
             "Shares internals with (x-friends) |", "|---|---|---|---|---|---|"]
    for name, data in all_bundles.items():
        def shown(required):
            return required + (" (optional)" if required in data["optional"] else "")
        own = sorted(shown(r) for r in data["requires"] if r in all_bundles)
        if data["host"]:
            own = [data["host"]] + own
        imported = sorted({exporter[p] + (" (optional)" if p in data["optional"] else "")
                           for p in data["imports"] if p in exporter})
        shared = sorted({friend for listed in data["friends"].values() for friend in listed})
        lines.append(f"| `{name}` | {kind(name, all_bundles)} | {feature_of.get(name, '—')} | {', '.join(own) or '—'} | "
                     f"{', '.join(imported) or '—'} | {', '.join(shared) or '—'} |")
    lines += ["", "| Feature | Requires features | Bundles |", "|---|---|---|"]
    for name, data in all_features.items():
        own = [p for p in data["plugins"] if p in all_bundles]
        others = len(data["plugins"]) - len(own)
        listed = ", ".join(own + ([f"{others} third-party bundles"] if others else []))
        lines.append(f"| `{name}` | {', '.join(data['requires']) or '—'} | {listed} |")
    return "\n".join(lines)


def product_bundle(name):
    """A bundle the product or an add-on installs, as opposed to tests and the test-only bundles."""
    return not name.endswith(".tests") and not name.startswith("org.hyoka.testing.")


def draw_contributions(root):
    """The table of what every bundle of the product contributes to the Hyoka extension points."""
    rows = {}
    for name, data in bundles(root).items():
        if product_bundle(name):
            for point, contributed, nested in data["contributions"]:
                if not nested:
                    rows.setdefault((point, name), []).append(f"`{contributed}`")
    lines = ["| Point | Bundle | Contributions, in the order of its plugin.xml |", "|---|---|---|"]
    for (point, name), listed in sorted(rows.items()):
        lines.append(f"| `{point}` | `{name}` | {len(listed)}: {', '.join(listed)} |")
    return "\n".join(lines)


def closed_lists(root):
    """Switches of hand-written code that name two or more contributed ids, and enums most of whose constants (three
    at least) are one point's contributions (see the module's comment)."""
    all_contributions = [c for data in bundles(root).values() for c in data["contributions"]]
    contributed = {name for _, name, _ in all_contributions}
    by_point = {}
    for point, name, _ in all_contributions:
        by_point.setdefault(point, set()).add(name)
    found = []
    for java in sorted(root.glob("bundles/*/src/**/*.java")):
        text = java.read_text(encoding="utf-8")
        constants = dict(re.findall(r'\b([A-Z][A-Z0-9_]*)\s*=\s*"([^"]+)"', text))
        for switch in re.finditer(r"\bswitch\s*\(.*?\)\s*\{(.*?)\n\t*\}", text, re.S):
            labels = re.findall(r'\bcase\s+("[^"]+"|[A-Z][A-Z0-9_]*)', switch.group(1))
            ids = {constants.get(label, label.strip('"')) for label in labels} & contributed
            if len(ids) >= 2:
                found.append(f"{java.relative_to(root)} switches over the contributions {', '.join(sorted(ids))}: "
                             "read them from their registry instead")
        for enum in re.finditer(r"\benum\s+\w+\s*\{(.*?)[;}]", text, re.S):
            names = {re.sub(r"_(.)", lambda m: m.group(1).upper(), c.lower())
                     for c in re.findall(r"\b([A-Z][A-Z0-9_]*)\b", re.sub(r"/\*.*?\*/", "", enum.group(1), flags=re.S))}
            # most of its constants are one point's contributions: not a list that merely shares some words
            ids = max((names & ids for ids in by_point.values()), key=len, default=set())
            if len(ids) >= 3 and len(ids) * 4 >= len(names) * 3:
                found.append(f"{java.relative_to(root)} has an enum of the contributions {', '.join(sorted(ids))}: "
                             "read them from their registry instead")
    return found


def keys(path):
    """The keys of a .properties file (continuation lines and comments skipped), empty when there is none."""
    if not path.is_file():
        return set()
    found, continued = set(), False
    for line in path.read_text(encoding="latin-1").splitlines():
        stripped = line.strip()
        ends_continued = (len(stripped) - len(stripped.rstrip("\\"))) % 2 == 1
        if not continued and stripped and stripped[0] not in "#!":
            found.add(re.split(r"(?<!\\)[=:\s]", stripped, maxsplit=1)[0])
        elif not continued:
            ends_continued = False  # a comment does not continue
        continued = ends_continued
    return found


def translation_problems(name, folder):
    """%keys of the manifest and plugin.xml that plugin.properties lacks, and keys only one language defines."""
    used = set()
    for file in ("META-INF/MANIFEST.MF", "plugin.xml", "fragment.xml"):
        if (folder / file).is_file():
            used.update(re.findall(r"%([A-Za-z0-9_.\-]+)", (folder / file).read_text(encoding="utf-8")))
    english, japanese = keys(folder / "plugin.properties"), keys(folder / "plugin_ja.properties")
    found = []
    if used - english:
        found.append(f"{name} uses %{', %'.join(sorted(used - english))} but plugin.properties does not define it")
    if english != japanese:
        found.append(f"{name}: plugin.properties and plugin_ja.properties differ in {', '.join(sorted(english ^ japanese))}")
    return found


def problems(root):
    found = []
    all_bundles = bundles(root)
    for name, data in all_bundles.items():
        if kind(name, all_bundles) == "headless":
            ui = [r for r in data["requires"] + data["imports"] if r.startswith(UI_PREFIXES)]
            if ui:
                found.append(f"the headless bundle {name} requires {', '.join(ui)}; move that code to a .ui bundle")
        if not data["host"] or data["host"] in all_bundles:  # a language pack's English is its platform host's
            found += translation_problems(name, data["folder"])
    for doc, begin, end, drawn, source in DRAWN:
        text = (root / doc).read_text(encoding="utf-8")
        if begin not in text or end not in text:
            found.append(f"{doc} has no markers {begin} … {end}")
        elif text.split(begin)[1].split(end)[0].strip() != drawn(root):
            found.append(f"{doc} does not show what {source} say: run releng/scripts/architecture.py --write")
    return found + closed_lists(root)


# the documents' drawn parts: file, markers, drawing, what it is drawn from
DRAWN = (("docs/architecture.md", BEGIN, END, draw, "the manifests"),
         ("docs/extension-points.md", CONTRIBUTIONS_BEGIN, CONTRIBUTIONS_END, draw_contributions, "the plugin.xml files"))


def write(root):
    for doc, begin, end, drawn, _ in DRAWN:
        path = root / doc
        text = path.read_text(encoding="utf-8")
        before, rest = text.split(begin)
        after = rest.split(end)[1]
        path.write_text(before + begin + "\n" + drawn(root) + "\n" + end + after, encoding="utf-8")


def self_test(root):
    """--check passes on a copy of the tree and fails on each planted mistake."""
    def copy():
        target = pathlib.Path(tempfile.mkdtemp())
        for path in (list(root.glob("bundles/*/META-INF/MANIFEST.MF")) + list(root.glob("bundles/*/plugin*.properties"))
                     + list(root.glob("bundles/*/plugin.xml")) + list(root.glob("bundles/*/fragment.xml"))
                     + list(root.glob("features/*/feature.xml")) + [root / doc for doc, *_ in DRAWN]):
            (target / path.relative_to(root)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target / path.relative_to(root))
        return target

    def plant(tree, dependency):
        manifest = tree / "bundles/org.hyoka.core/META-INF/MANIFEST.MF"
        manifest.write_text(manifest.read_text(encoding="utf-8").replace("Require-Bundle: ", f"Require-Bundle: {dependency},\n ", 1), encoding="utf-8")

    clean, undeclared, swt, untranslated, unlisted, switch = copy(), copy(), copy(), copy(), copy(), copy()
    plant(undeclared, "org.hyoka.samples")
    plant(swt, "org.eclipse.swt")
    with open(untranslated / "bundles/org.hyoka.core/plugin.properties", "a", encoding="latin-1") as english:
        english.write("\nplanted.key = Only in English\n")
    plugin = unlisted / "bundles/org.hyoka.export/plugin.xml"
    plugin.write_text(plugin.read_text(encoding="utf-8").replace("</plugin>", """   <extension point="org.hyoka.export.sections">
      <section id="planted" scope="report" class="org.hyoka.export.Planted"/>
   </extension>
</plugin>"""), encoding="utf-8")
    planted = switch / "bundles/org.hyoka.export/src/org/hyoka/export/Planted.java"
    planted.parent.mkdir(parents=True)
    planted.write_text("""package org.hyoka.export;

final class Planted {
	private static final String COVER = "cover";

	static int place(String section) {
		switch (section) {
		case COVER:
			return 0;
		case "part1":
			return 1;
		default:
			return 2;
		}
	}
}
""", encoding="utf-8")
    results = [problems(tree) for tree in (clean, undeclared, swt, untranslated, unlisted, switch)]
    for tree in (clean, undeclared, swt, untranslated, unlisted, switch):
        shutil.rmtree(tree)
    if (results[0] or not any("architecture.md does not show" in p for p in results[1])
            or not any("headless bundle org.hyoka.core" in p for p in results[2])
            or not any("planted.key" in p for p in results[3])
            or not any("extension-points.md does not show" in p for p in results[4])
            or not any("Planted.java switches over the contributions cover, part1" in p for p in results[5])):
        print("architecture self-test failed:", results, file=sys.stderr)
        return 1
    print("architecture self-test: the check passes on the tree and fails on a planted dependency, SWT in core, an "
          "untranslated key, an unlisted contribution and a switch over contributed section ids")
    return 0


def main(args):
    root = pathlib.Path(args[1] if len(args) > 1 else pathlib.Path(__file__).resolve().parents[2])
    if args[0] == "--write":
        write(root)
        return 0
    if args[0] == "--self-test":
        return self_test(root)
    found = problems(root)
    for problem in found:
        print("architecture: " + problem, file=sys.stderr)
    if not found:
        print("architecture: the map in docs/architecture.md is the manifests', the contributions in "
              "docs/extension-points.md the plugin.xml files', no code lists contributions itself, headless bundles "
              "need no UI, and every bundle's %key texts are in English and Japanese")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["--check"]))
