#!/usr/bin/env python3
"""Versions of the bundles, features and product, by the policy in docs/versioning.md.

Every module has a semantic version major.minor.micro; the qualifier (the time of the last commit touching the module)
changes whenever its content does. At a release the versions are recorded in releng/api/versions.txt, beside the API
baseline; between releases a module's version says how much it changed since then:

- a bundle goes up at least as far as its most-raised API package since the baseline (api_baseline.py checks the
  packages against their API): a package at the next minor needs the bundle at the next minor, and so on;
- a feature goes up at least as far as the most-raised bundle or feature it contains;
- the product carries the workbench feature's version;
- each module's pom carries its version (X.Y.Z-SNAPSHOT for X.Y.Z.qualifier), and every Hyoka requirement
  (Require-Bundle range, feature import) admits the current version of what it requires; every Require-Bundle of a
  Hyoka bundle carries a range, and none reaches past the next major version.

    versions.py --check              before a build (./test.sh runs it): names every module whose version breaks that
    versions.py bump NAME SEGMENT    raises bundle or feature NAME by major, minor or micro, and with it every feature
                                     containing it and the product, as far as the policy needs; updates poms and the
                                     ranges and imports that require it
    versions.py --write              at a release: records the versions in releng/api/versions.txt
    versions.py --self-test          plants a raised package, a stray product version, an unranged requirement and
                                     a range past the next major in a copy and expects each found
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from architecture import bundles, clauses, features

ROOT = Path(__file__).resolve().parents[2]
RECORD = "releng/api/versions.txt"
SEGMENTS = ("major", "minor", "micro")
PRODUCT = "releng/org.hyoka.repository/hyoka.product"
# the product's version where Help > About reads it outside a p2 installation (tests, the IDE)
ABOUT = "bundles/org.hyoka.app/plugin.xml"
ABOUT_VERSION = r'(<property\s+name="version"\s+value=")(\d+\.\d+\.\d+)'
WORKBENCH = "org.hyoka.workbench.feature"


def parse(text):
    return tuple(int(part) for part in (text.split(".") + ["0", "0"])[:3])


def show(version):
    return ".".join(str(part) for part in version)


def raised(old, new):
    """The most significant segment new is above old (0 major, 1 minor, 2 micro), or None."""
    for segment in range(3):
        if new[segment] != old[segment]:
            return segment if new[segment] > old[segment] else None
    return None


def next_version(version, segment):
    return tuple(version[:segment]) + (version[segment] + 1,) + (0,) * (2 - segment)


class Tree:
    """The modules of a source tree and where each writes its version."""

    def __init__(self, root):
        self.root = root
        self.bundles, self.features = {}, {}
        for name, bundle in bundles(root).items():
            h = bundle["headers"]
            self.bundles[name] = {"folder": bundle["folder"], "version": parse(h["Bundle-Version"]), "host": bundle["host"],
                                  "packages": self.packages(h), "requires": h.get("Require-Bundle", "")}
        for name, feature in features(root).items():
            text = feature["text"]
            self.features[name] = {"folder": feature["folder"],
                                   "version": parse(re.search(r'<feature\s[^>]*?version="([^"]+)"', text, re.S).group(1)),
                                   "plugins": feature["plugins"],
                                   "includes": re.findall(r'<includes\s+id="([^"]+)"', text),
                                   "imports": re.findall(r'<import\s+feature="([^"]+)"\s+version="([^"]+)"', text)}

    @staticmethod
    def packages(h):
        found = {}
        for clause in clauses(h.get("Export-Package", "")):
            version = re.search(r'version="?([0-9.]+)', clause)
            if version and "x-internal:" not in clause and "x-friends:" not in clause:
                found[clause.split(";")[0].strip()] = parse(version.group(1))
        return found

    def module(self, name):
        return self.bundles.get(name) or self.features.get(name)

    def product_version(self):
        text = (self.root / PRODUCT).read_text(encoding="utf-8")
        return parse(re.search(r'<product\s[^>]*?version="([^"]+)"', text, re.S).group(1))

    def about_version(self):
        found = re.search(ABOUT_VERSION, (self.root / ABOUT).read_text(encoding="utf-8"))
        return parse(found.group(2)) if found else None


def pom_version(folder):
    """The pom's own version, None when it inherits its parent's."""
    found = ElementTree.parse(folder / "pom.xml").getroot().find("m:version", {"m": "http://maven.apache.org/POM/4.0.0"})
    return found.text.strip() if found is not None else None


def recorded(root):
    """{module: version} of the last release, {} before the first."""
    path = root / RECORD
    if not path.exists():
        return {}
    pairs = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    return {name: parse(version) for name, version in pairs}


def package_baseline(root):
    """{package: version} from the API baseline, the package versions of the last release."""
    found = {}
    for api in (root / "releng/api").glob("*.api"):
        for line in api.read_text(encoding="utf-8").splitlines():
            if line.startswith("package "):
                _, package, version = line.split()
                found[package] = parse(version)
    return found


def ranges(requires):
    """(bundle, low, high) of each Hyoka Require-Bundle clause with a bundle-version range."""
    for clause in clauses(requires):
        found = re.search(r'bundle-version="\[([0-9.]+),([0-9.]+)\)"', clause)
        name = clause.split(";")[0].strip()
        if name.startswith("org.hyoka.") and found:
            yield name, parse(found.group(1)), parse(found.group(2))


def unranged(requires):
    """The Hyoka Require-Bundle clauses without a range [low,high): those with no bundle-version, or with a minimum
    only, which admits every later major version."""
    for clause in clauses(requires):
        name = clause.split(";")[0].strip()
        if name.startswith("org.hyoka.") and not re.search(r'bundle-version="\[[0-9.]+,[0-9.]+\)"', clause):
            yield name, clause


def problems(tree):
    found = []
    released, packages = recorded(tree.root), package_baseline(tree.root)
    for name, module in {**tree.bundles, **tree.features}.items():
        kind = "bundle" if name in tree.bundles else "feature"
        version, folder = module["version"], module["folder"].relative_to(tree.root)
        pom = pom_version(module["folder"])
        if pom != f"{show(version)}-SNAPSHOT":
            found.append(f"{folder}/pom.xml has version {pom}, not {show(version)}-SNAPSHOT as the {kind} {name}")
        if name not in released:
            continue  # new since the release: any version
        needed = None
        if kind == "bundle":
            for package, now in module["packages"].items():
                segment = raised(packages.get(package, now), now)
                if segment is not None and (needed is None or segment < needed[0]):
                    needed = (segment, f"its package {package} went to {show(now)}")
        else:
            for part in module["plugins"] + module["includes"]:
                inner = tree.module(part)
                segment = raised(released.get(part, inner["version"]), inner["version"]) if inner else None
                if segment is not None and (needed is None or segment < needed[0]):
                    needed = (segment, f"it contains {part} {show(inner['version'])}")
        if needed and (raised(released[name], version) is None or raised(released[name], version) > needed[0]):
            found.append(f"{kind} {name} is {show(version)}, but {needed[1]}: run releng/scripts/versions.py bump "
                         f"{name} {SEGMENTS[needed[0]]} (it was {show(released[name])} at the release)")
    for name, bundle in tree.bundles.items():
        for required, clause in unranged(bundle["requires"]):
            found.append(f"bundle {name} requires {required} without a version range, so it would resolve against "
                         f"any later major: write {required};bundle-version=\"[{range_text(tree, required)})\"")
        for required, low, high in ranges(bundle["requires"]):
            target = tree.bundles.get(required)
            if target and not low <= target["version"] < high:
                found.append(f"bundle {name} requires {required} in [{show(low)},{show(high)}), which leaves out its "
                             f"version {show(target['version'])}")
            elif high > (low[0] + 1, 0, 0):
                found.append(f"bundle {name} requires {required} in [{show(low)},{show(high)}), which admits the next "
                             f"major version {low[0] + 1}.0.0: end the range there")
    for name, feature in tree.features.items():
        for imported, low in feature["imports"]:
            target = tree.features.get(imported)
            if target and (target["version"][0] != parse(low)[0] or target["version"] < parse(low)):
                found.append(f"feature {name} imports {imported} {low} (compatible), which leaves out its version "
                             f"{show(target['version'])}")
    for pom in sorted(tree.root.glob("*/**/pom.xml")):
        text = "" if "target" in pom.parts else pom.read_text(encoding="utf-8")
        for artifact in re.findall(r"<dependency>\s*<groupId>org\.hyoka</groupId>\s*<artifactId>([^<]+)</artifactId>\s*"
                                   r"<version>\$\{project\.version\}</version>", text):
            found.append(f"{pom.relative_to(tree.root)} requires {artifact} at ${{project.version}}, which is its own "
                         "version, not that module's: write [0.0.1,) (the reactor has one of each)")
    workbench = tree.features.get(WORKBENCH)
    if workbench and tree.product_version() != workbench["version"]:
        found.append(f"{PRODUCT} is {show(tree.product_version())}, not the version of {WORKBENCH} "
                     f"{show(workbench['version'])}")
    if tree.about_version() != tree.product_version():
        found.append(f"{ABOUT} gives About the product version {show(tree.about_version() or (0, 0, 0))}, not the "
                     f"version of {PRODUCT} {show(tree.product_version())}")
    return found


def range_text(tree, name):
    """The range a requirement of bundle NAME carries: from its current version up to its next major."""
    version = tree.bundles[name]["version"] if name in tree.bundles else (1, 0, 0)
    return f"{show(version)},{version[0] + 1}.0.0"


def replace(path, pattern, replacement, count=1):
    text = path.read_text(encoding="utf-8")
    new, done = re.subn(pattern, replacement, text, count=count, flags=re.S)
    if not done:
        raise SystemExit(f"versions: no version to set in {path}")
    path.write_text(new, encoding="utf-8")


def set_version(tree, name, version):
    """Writes a module's version into its manifest or feature.xml and its pom, and admits it where it is required."""
    module = tree.module(name)
    folder, text = module["folder"], show(version)
    if name in tree.bundles:
        replace(folder / "META-INF/MANIFEST.MF", r"(Bundle-Version:\s*)\d+\.\d+\.\d+", rf"\g<1>{text}")
        for other in tree.bundles.values():
            for required, low, high in ranges(other["requires"]):
                if required == name and not low <= version < high:
                    replace(other["folder"] / "META-INF/MANIFEST.MF",
                            rf'({re.escape(name)};bundle-version=")\[[0-9.]+,[0-9.]+\)"',
                            rf'\g<1>[{text},{version[0] + 1}.0.0)"', count=0)
    else:
        replace(folder / "feature.xml", r'(<feature\s[^>]*?version=")\d+\.\d+\.\d+', rf"\g<1>{text}")
        for other in tree.features.values():
            if any(imported == name for imported, _ in other["imports"]):
                replace(other["folder"] / "feature.xml",
                        rf'(<import\s+feature="{re.escape(name)}"\s+version=")\d+\.\d+\.\d+', rf"\g<1>{text}", count=0)
        if name == WORKBENCH:
            replace(tree.root / PRODUCT, r'(<product\s[^>]*?version=")\d+\.\d+\.\d+', rf"\g<1>{text}")
            replace(tree.root / ABOUT, ABOUT_VERSION, rf"\g<1>{text}")
            set_pom(tree.root / "releng/org.hyoka.repository", text)
    set_pom(folder, text)
    module["version"] = version


def set_pom(folder, text):
    """The module's own <version>, after its parent's; written there if the pom inherited its parent's."""
    pom = folder / "pom.xml"
    if pom_version(folder) is None:
        replace(pom, r"(</parent>(?:(?!<version>).)*?</artifactId>\n)", rf"\g<1>  <version>{text}-SNAPSHOT</version>\n")
    else:
        replace(pom, r"(</parent>(?:(?!<version>).)*?<version>)[^<]+", rf"\g<1>{text}-SNAPSHOT")


def bump(tree, name, segment):
    """Raises NAME by SEGMENT, then every feature containing it as far as the policy needs; returns what changed."""
    released = recorded(tree.root)
    changed, pending = [], [(name, segment)]
    while pending:
        current, level = pending.pop(0)
        module = tree.module(current)
        base = released.get(current, module["version"])
        if current != name and raised(base, module["version"]) is not None and raised(base, module["version"]) <= level:
            continue  # raised far enough since the release already
        new = next_version(max(base, module["version"]) if current != name else module["version"], level)
        set_version(tree, current, new)
        changed.append(f"{current} {show(new)}")
        pending += [(feature, level) for feature, f in tree.features.items()
                    if current in f["plugins"] + f["includes"]]
    return changed


def write(tree):
    lines = [f"{name} {show(module['version'])}\n" for name, module in sorted({**tree.bundles, **tree.features}.items())]
    (tree.root / RECORD).write_text("# Versions of the last release, recorded by releng/scripts/versions.py --write\n"
                                    + "".join(lines), encoding="utf-8")


def self_test(root):
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp)
        files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "bundles/*/META-INF/MANIFEST.MF", "bundles/*/pom.xml",
                                "features/*", PRODUCT, ABOUT, "releng/org.hyoka.repository/pom.xml", "releng/api"],
                               cwd=root, capture_output=True, text=True, check=True).stdout.split()
        for name in files:
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(root / name, copy / name)
        # the copy as if released just now: between releases, raising bundles would leave none at its released
        # version for the planting below
        write(Tree(copy))
        current = {p: v for b in Tree(copy).bundles.values() for p, v in b["packages"].items()}
        for api in (copy / "releng/api").glob("*.api"):
            replace(api, r"(?m)^package (\S+) (\S+)$",
                    lambda m: f"package {m[1]} {show(current[m[1]]) if m[1] in current else m[2]}", count=0)
        tree, released, packages = Tree(copy), recorded(copy), package_baseline(copy)
        assert released and not problems(tree), f"the tree does not pass before anything is planted: {problems(tree)}"
        # a bundle as released, one of whose API packages is too, and that other bundles require
        name, package, version = next((n, p, v) for n, b in tree.bundles.items() for p, v in b["packages"].items()
                                      if released.get(n) == b["version"] and packages.get(p) == v
                                      and any(r == n for o in tree.bundles.values() for r, _, _ in ranges(o["requires"])))
        replace(tree.bundles[name]["folder"] / "META-INF/MANIFEST.MF", rf'({re.escape(package)};version=")\d+\.\d+\.\d+',
                rf"\g<1>{show(next_version(version, 1))}")
        found = problems(Tree(copy))
        assert any(f"bundle {name} " in p and "bump" in p for p in found), f"a raised package went unnoticed: {found}"
        changed = bump(Tree(copy), name, 1)
        after = Tree(copy)
        assert not problems(after), f"bump {name} minor left problems: {problems(after)}"
        containing = [f for f, feature in after.features.items() if name in feature["plugins"]]
        assert containing and all(raised(released[f], after.features[f]["version"]) in (0, 1) for f in containing), \
            f"bump {name} minor did not raise the features containing it: {changed}"
        bump(after, name, 0)
        assert not problems(Tree(copy)), f"bump {name} major left ranges behind: {problems(Tree(copy))}"
        replace(copy / PRODUCT, r'(<product\s[^>]*?version=")\d+\.\d+\.\d+', r"\g<1>9.9.9")
        assert any(PRODUCT in p for p in problems(Tree(copy))), "a product version apart from the workbench went unnoticed"
        assert any(ABOUT in p for p in problems(Tree(copy))), "About's product version apart from the product went unnoticed"
        # a requirement without its range, then with one reaching past the next major
        requirer = next(o for o in Tree(copy).bundles.values() if any(r == name for r, _, _ in ranges(o["requires"])))
        manifest = requirer["folder"] / "META-INF/MANIFEST.MF"
        replace(manifest, rf'({re.escape(name)});bundle-version="\[[0-9.]+,[0-9.]+\)"', r"\g<1>")
        assert any(f"requires {name} without a version range" in p for p in problems(Tree(copy))), \
            f"an unranged requirement of {name} went unnoticed"
        replace(manifest, rf'({re.escape(name)})(?=[;,\n])', r'\g<1>;bundle-version="[1.0.0,99.0.0)"')
        assert any(f"requires {name} in [1.0.0,99.0.0), which admits the next major" in p for p in problems(Tree(copy))), \
            f"a range of {name} past its next major went unnoticed"
    print(f"versions: self-test found a raised package of {name}, a stray product version, an unranged requirement "
          f"and a range past the next major; bump {name} minor raised {', '.join(changed)}")


def main(args):
    tree = Tree(ROOT)
    if args == ["--check"]:
        found = problems(tree)
        for problem in found:
            print(f"versions: {problem}", file=sys.stderr)
        if found:
            return 1
        print(f"versions: {len(tree.bundles)} bundles and {len(tree.features)} features follow docs/versioning.md")
    elif len(args) == 3 and args[0] == "bump" and args[2] in SEGMENTS:
        if not tree.module(args[1]):
            print(f"versions: no bundle or feature {args[1]} in bundles/ or features/", file=sys.stderr)
            return 2
        for line in bump(tree, args[1], SEGMENTS.index(args[2])):
            print(f"versions: {line}")
    elif args == ["--write"]:
        write(tree)
        print(f"versions: recorded in {RECORD}")
    elif args == ["--self-test"]:
        self_test(ROOT)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
