#!/usr/bin/env python3
"""The API baseline: what others build on, recorded at each release and checked on every build.

PDE API Tools are not on this project's supply line (no p2 repository), so this script does the part of their work
that protects those who build on us: it reads the exported, versioned packages of every bundle (not x-internal, not
x-friends) from the compiled classes (javap, public and protected members) and compares them with releng/api/, the API
recorded at the last release:

- a member removed or changed since the baseline needs the package's next major version (1.0.0 -> 2.0.0);
- a member or type added needs at least the next minor version (1.0.0 -> 1.1.0);
- a package that leaves the API is an error; a new package is simply recorded at the next release;
- a bundle of the built p2 repository with the same version as at the last release must have the same classes: p2
  knows a jar by name and version, so installed copies of a bundle whose classes changed with no commit touching it
  (it inlines a constant of a bundle it uses, which changed) would never be updated (releng/api/bundles.tsv).

    api_baseline.py --check       after a build (./test.sh runs it): fails, naming package, member and the version
                                  to set, when the code changed its API more than its package versions say
    api_baseline.py --write       at a release: records the built API as the new baseline (docs/developers.md)
    api_baseline.py --self-test   plants a removed and an added member in a copy of the baseline and expects both found

Several actions in one run read the built API once (./test.sh: --check --self-test).
"""
import functools
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from architecture import clauses, headers  # the manifest reading of the bundle map

ROOT = Path(__file__).resolve().parents[2]
BASELINE = "releng/api"
BUNDLES = "bundles.tsv"
REPOSITORY = "releng/org.hyoka.repository/target/repository/plugins"


def api_packages(manifest):
    """{package: version} of the exported API: versioned, neither internal nor for friends only."""
    found = {}
    for clause in clauses(headers(manifest).get("Export-Package", "")):
        parts = [p.strip() for p in clause.split(";")]
        attributes = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
        if "x-internal:" in attributes or "x-friends:" in attributes or "version" not in attributes:
            continue
        found[parts[0]] = attributes["version"].strip('"')
    return found


def javap(classes, names):
    result = subprocess.run(["javap", "-protected", "-cp", str(classes)] + names, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"api baseline: javap failed in {classes}: {result.stderr.strip()}")
    return result.stdout


def signatures(classes, packages):
    """{package: sorted API lines}: each visible type's declaration and each of its members, by type. One javap for
    all the packages of a bundle (a JVM start each)."""
    names = sorted(f"{package}.{p.stem}" for package in packages for p in (classes / package.replace(".", "/")).glob("*.class")
                   if not re.search(r"\$\d", p.stem) and p.stem != "package-info")
    found, current = {package: set() for package in packages}, None
    for line in javap(classes, names).splitlines() if names else []:
        line = line.strip()
        if line.startswith("Compiled from") or line in ("", "}"):
            continue
        if line.endswith("{"):
            declaration = line[:-1].strip()
            visible = re.match(r"(public|protected)\b", declaration)
            current = declaration.split("<")[0].split(" extends ")[0].split(" implements ")[0].split()[-1] if visible else None
            if current:
                found[current.rsplit(".", 1)[0]].add(f"{current}: {declaration}")
        elif current and line.endswith(";") and not line.startswith("static {}"):
            found[current.rsplit(".", 1)[0]].add(f"{current}: {line[:-1]}")
    return {package: sorted(lines) for package, lines in found.items()}


@functools.cache
def built_api(root):
    """{bundle: {package: (version, [lines])}} of every bundle with an exported API, from its target/classes."""
    bundles = {}
    for manifest in sorted(root.glob("bundles/*/META-INF/MANIFEST.MF")):
        bundle = manifest.parent.parent
        packages = api_packages(manifest)
        if not packages or "Fragment-Host" in headers(manifest):
            continue
        classes = bundle / "target" / "classes"
        if not classes.is_dir():
            raise SystemExit(f"api baseline: {classes.relative_to(root)} is missing; build first (./test.sh)")
        bundles[bundle.name] = (classes, packages)
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        lines = dict(zip(bundles, pool.map(lambda b: signatures(b[0], list(b[1])), bundles.values())))
    return {name: {p: (v, lines[name][p]) for p, v in packages.items()} for name, (_, packages) in bundles.items()}


def write(api, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.api"):
        old.unlink()
    for bundle, packages in api.items():
        with open(folder / f"{bundle}.api", "w", encoding="utf-8") as out:
            out.write(f"# The API of {bundle} that builds are checked against; recorded at a release by "
                      "releng/scripts/api_baseline.py --write\n")
            for package, (version, lines) in sorted(packages.items()):
                out.write(f"package {package} {version}\n")
                out.writelines(f"  {line}\n" for line in lines)


def read(folder):
    api = {}
    for path in sorted(folder.glob("*.api")):
        packages, package = {}, None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("package "):
                _, package, version = line.split()
                packages[package] = (version, [])
            elif line.startswith("  ") and package:
                packages[package][1].append(line[2:])
        api[path.stem] = packages
    return api


def version(text):
    return tuple(int(part) for part in (text.split(".") + ["0", "0"])[:3])


def compare(baseline, built):
    """What the built API does that its package versions do not say, one message per package."""
    problems = []
    for bundle, packages in sorted(baseline.items()):
        for package, (old_version, old_lines) in sorted(packages.items()):
            if package not in built.get(bundle, {}):
                problems.append(f"{package} (bundle {bundle}) is no longer exported as API; it was {old_version} at "
                                "the last release. Keep exporting it, or record the removal in a major release")
                continue
            new_version, new_lines = built[bundle][package]
            removed = sorted(set(old_lines) - set(new_lines))
            added = sorted(set(new_lines) - set(old_lines))
            old, new = version(old_version), version(new_version)
            manifest = f"bundles/{bundle}/META-INF/MANIFEST.MF"
            if removed and new[0] <= old[0]:
                problems.append(f"{package} {new_version}: {len(removed)} API line(s) removed or changed since the "
                                f"baseline, e.g. `{removed[0]}`; set version=\"{old[0] + 1}.0.0\" in {manifest}")
            elif added and not removed and new[:2] <= old[:2]:
                problems.append(f"{package} {new_version}: {len(added)} API line(s) added since the baseline, e.g. "
                                f"`{added[0]}`; set version=\"{old[0]}.{old[1] + 1}.0\" in {manifest}")
    return problems


def built_bundles(root):
    """{(bundle, version): digest of its classes} of every Hyoka jar in the built p2 repository."""
    plugins = root / REPOSITORY
    if not plugins.is_dir():
        raise SystemExit(f"api baseline: {REPOSITORY} is missing; build first (./test.sh)")
    found = {}
    for jar in sorted(plugins.glob("org.hyoka.*.jar")):
        bundle, version_text = jar.stem.rsplit("_", 1)
        digest = hashlib.sha256()
        with zipfile.ZipFile(jar) as classes:
            for name in sorted(n for n in classes.namelist() if n.endswith(".class")):
                digest.update(name.encode() + b"\0" + classes.read(name))
        found[(bundle, version_text)] = digest.hexdigest()
    return found


def write_bundles(bundles, folder):
    with open(folder / BUNDLES, "w", encoding="utf-8") as out:
        out.write("# bundle, version and digest of the classes of each Hyoka bundle at the last release; written by "
                  "releng/scripts/api_baseline.py --write\n")
        out.writelines(f"{bundle}\t{version_text}\t{digest}\n" for (bundle, version_text), digest in sorted(bundles.items()))


def read_bundles(folder):
    path = folder / BUNDLES
    if not path.exists():
        return {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {(bundle, version_text): digest for bundle, version_text, digest in rows}


def unchanged_versions(baseline, built):
    """The built bundles that kept the last release's version with other classes."""
    return [f"{bundle} {version_text} has the version it had at the last release but other classes (a constant it "
            f"inlines changed, or the compiler did): installations would keep the old jar. Commit a change to "
            f"bundles/{bundle} so that its qualifier moves"
            for (bundle, version_text), digest in sorted(built.items()) if baseline.get((bundle, version_text), digest) != digest]


def self_test(root):
    built = built_api(root)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        write(built, folder)
        assert not compare(read(folder), built), "the built API differs from itself"
        bundle = next(b for b, packages in built.items() if any(lines for _, lines in packages.values()))
        package = next(p for p, (_, lines) in built[bundle].items() if lines)
        version_text, lines = built[bundle][package]
        planted = dict(built[bundle])
        planted[package] = (version_text, lines[1:])          # the baseline lacks a line: the build added it
        found = compare({bundle: planted}, built)
        assert found and "added" in found[0], f"an added member went unnoticed: {found}"
        planted[package] = (version_text, lines + [f"{package}.Gone: public void gone()"])  # the build removed it
        found = compare({bundle: planted}, built)
        assert found and "removed" in found[0], f"a removed member went unnoticed: {found}"
        bumped = {**built[bundle], package: (f"{version(version_text)[0] + 1}.0.0", lines)}
        assert not compare({bundle: planted}, {bundle: bumped}), "a major version bump did not accept the removal"
    bundles = built_bundles(root)
    assert not unchanged_versions(bundles, bundles), "the built bundles differ from themselves"
    key = next(iter(bundles))
    found = unchanged_versions({**bundles, key: "0" * 64}, bundles)
    assert len(found) == 1 and found[0].startswith(f"{key[0]} {key[1]} "), f"a changed bundle went unnoticed: {found}"
    print(f"api baseline: self-test found a planted added and removed member of {package}, and {key[0]}'s classes "
          "changed under an unchanged version")


def check(root):
    baseline = read(root / BASELINE)
    if not baseline:
        print(f"api baseline: no baseline in {BASELINE}/; record one with --write", file=sys.stderr)
        return 1
    problems = compare(baseline, built_api(root))
    released = read_bundles(root / BASELINE)
    if released:
        problems += unchanged_versions(released, built_bundles(root))
    else:
        print(f"api baseline: no bundles of a release in {BASELINE}/{BUNDLES} yet (--write records them)")
    for problem in problems:
        print(f"api baseline: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"api baseline: the exported packages' versions cover every API change since {BASELINE}/")
    return 0


def write_baseline(root):
    write(built_api(root), root / BASELINE)
    write_bundles(built_bundles(root), root / BASELINE)
    print(f"api baseline: recorded in {BASELINE}/")
    return 0


ACTIONS = {"--write": write_baseline, "--check": check, "--self-test": lambda root: self_test(root) or 0}


def main(args):
    """Runs the actions named, in order, on one reading of the built API (--check --self-test, as ./test.sh does)."""
    if not args or any(a not in ACTIONS for a in args):
        print(__doc__, file=sys.stderr)
        return 2
    for action in args:
        status = ACTIONS[action](ROOT)
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
