#!/usr/bin/env python3
"""The map of Hyoka Workbench's bundles and features in docs/architecture.md, drawn from the manifests.

  architecture.py --write      redraw the map between the markers in docs/architecture.md
  architecture.py --check      exit 1 when the map is not what the manifests say, a headless bundle needs a UI, or a
                               bundle's %key texts are not in both plugin.properties and plugin_ja.properties
  architecture.py --self-test  plant an undeclared dependency, SWT and an untranslated key in a copy, and see --check
                               fail on each

A bundle is a UI bundle when its name ends with .ui or it is one of UI_BUNDLES; a test fragment takes its host's
kind. Every other bundle is headless and must not require SWT, JFace or the workbench UI.
"""
import pathlib
import re
import shutil
import sys
import tempfile

UI_BUNDLES = {"org.hyoka.app", "org.hyoka.editor", "org.hyoka.testing.ui", "org.hyoka.testing.contributions",
              # holds File > Open Sample beside the samples themselves: to be split into samples and samples.ui
              "org.hyoka.samples"}
UI_PREFIXES = ("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui")
BEGIN = "<!-- map:begin (releng/scripts/architecture.py --write redraws it) -->"
END = "<!-- map:end -->"


def headers(path):
    """The manifest's headers, continuation lines joined."""
    result, name = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
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
        }
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
    lines = ["| Bundle | Kind | Feature | Requires (Hyoka bundles; a test: its host) |", "|---|---|---|---|"]
    for name, data in all_bundles.items():
        own = sorted(r for r in data["requires"] if r.startswith("org.hyoka."))
        if data["host"]:
            own = [data["host"]] + own
        lines.append(f"| `{name}` | {kind(name, all_bundles)} | {feature_of.get(name, '—')} | {', '.join(own) or '—'} |")
    lines += ["", "| Feature | Requires features | Bundles |", "|---|---|---|"]
    for name, data in all_features.items():
        hyoka = [p for p in data["plugins"] if p.startswith("org.hyoka.")]
        listed = ", ".join(hyoka) if hyoka else f"{len(data['plugins'])} third-party bundles"
        lines.append(f"| `{name}` | {', '.join(data['requires']) or '—'} | {listed} |")
    return "\n".join(lines)


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
    doc = (root / "docs/architecture.md").read_text(encoding="utf-8")
    if BEGIN not in doc or END not in doc:
        found.append("docs/architecture.md has no map markers")
    elif doc.split(BEGIN)[1].split(END)[0].strip() != draw(root):
        found.append("docs/architecture.md does not show what the manifests say: run releng/scripts/architecture.py --write")
    return found


def write(root):
    path = root / "docs/architecture.md"
    doc = path.read_text(encoding="utf-8")
    before, rest = doc.split(BEGIN)
    after = rest.split(END)[1]
    path.write_text(before + BEGIN + "\n" + draw(root) + "\n" + END + after, encoding="utf-8")


def self_test(root):
    """--check passes on a copy of the tree and fails on each planted mistake."""
    def copy():
        target = pathlib.Path(tempfile.mkdtemp())
        for path in (list(root.glob("bundles/*/META-INF/MANIFEST.MF")) + list(root.glob("bundles/*/plugin*.properties"))
                     + list(root.glob("bundles/*/plugin.xml")) + list(root.glob("bundles/*/fragment.xml"))
                     + list(root.glob("features/*/feature.xml")) + [root / "docs/architecture.md"]):
            (target / path.relative_to(root)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target / path.relative_to(root))
        return target

    def plant(tree, dependency):
        manifest = tree / "bundles/org.hyoka.core/META-INF/MANIFEST.MF"
        manifest.write_text(manifest.read_text(encoding="utf-8").replace("Require-Bundle: ", f"Require-Bundle: {dependency},\n ", 1), encoding="utf-8")

    clean, undeclared, swt, untranslated = copy(), copy(), copy(), copy()
    plant(undeclared, "org.hyoka.samples")
    plant(swt, "org.eclipse.swt")
    with open(untranslated / "bundles/org.hyoka.core/plugin.properties", "a", encoding="latin-1") as english:
        english.write("\nplanted.key = Only in English\n")
    results = [problems(clean), problems(undeclared), problems(swt), problems(untranslated)]
    for tree in (clean, undeclared, swt, untranslated):
        shutil.rmtree(tree)
    if (results[0] or not any("does not show" in p for p in results[1])
            or not any("headless bundle org.hyoka.core" in p for p in results[2])
            or not any("planted.key" in p for p in results[3])):
        print("architecture self-test failed:", results, file=sys.stderr)
        return 1
    print("architecture self-test: the check passes on the tree and fails on a planted dependency, SWT in core and "
          "an untranslated key")
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
        print("architecture: the map in docs/architecture.md is the manifests', headless bundles need no UI, and every "
              "bundle's %key texts are in English and Japanese")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["--check"]))
