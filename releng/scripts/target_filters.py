#!/usr/bin/env python3
"""Keeps the root pom's target-platform filters in step with targetplatform/hyoka.target.

The target's Maven locations collect several versions of many bundles through their dependencies; p2's solver weighs
each of them in every module's resolution. The root pom restricts each such bundle to its newest version. This script
writes that list from the target as Tycho reads it, and records the target file's digest beside it, so that a change
of the target cannot leave an old list in place unnoticed.

    target_filters.py --write       resolves one module with every version (-Dhyoka.allTargetVersions) and Tycho's
                                    resolver listing, and rewrites the <filters> of pom.xml (Java 21+ and a filled
                                    local repository; Maven arguments after --, e.g. -- -o -Dmaven.repo.local=DIR)
    target_filters.py --check       fails (exit 1) when hyoka.target changed since the filters were written (test.sh)
    target_filters.py --self-test   checks the version order and the check on planted changes
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POM = os.path.join(ROOT, "pom.xml")
TARGET = os.path.join(ROOT, "targetplatform", "hyoka.target")
# a module that resolves against the whole target platform, and is quick to resolve
PROBE = "bundles/org.hyoka.model"
# bundles whose older version something in the target needs: e4's injection imports jakarta.annotation [2.1,3.0)
KEEP_ALL = {"jakarta.annotation-api"}
STAMP = re.compile(r"<!-- target_filters\.py: hyoka\.target sha256 ([0-9a-f]{64}) -->")
FILTERS = re.compile(r"(?P<indent>[ \t]*)<filters>\n.*?</filters>", re.S)
UNIT = re.compile(r"resolves installable unit (\S+)/(\S+)")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def version_key(version):
    """OSGi order: three numbers, then the qualifier as a string."""
    parts = version.split(".", 3)
    numbers = [int(p) if p.isdigit() else 0 for p in parts[:3]] + [0] * (3 - len(parts[:3]))
    return numbers + [parts[3] if len(parts) > 3 else ""]


def newest(units):
    """{id: newest version} of the ids that come in several versions, KEEP_ALL left out."""
    versions = {}
    for unit, version in units:
        versions.setdefault(unit, set()).add(version)
    return {unit: max(found, key=version_key) for unit, found in sorted(versions.items())
            if len(found) > 1 and unit not in KEEP_ALL}


def filters_block(chosen, sha, indent):
    lines = [indent + "<filters>", indent + "  <!-- target_filters.py: hyoka.target sha256 %s -->" % sha]
    lines += [indent + "  <filter><type>eclipse-plugin</type><id>%s</id><restrictTo><version>%s</version></restrictTo></filter>"
              % (unit, version) for unit, version in chosen.items()]
    return "\n".join(lines + [indent + "</filters>"])


def check(pom_text, target_sha):
    """None when the pom's filters were written from this target, else what is wrong."""
    found = STAMP.search(pom_text)
    if not found:
        return "pom.xml's <filters> carry no target_filters.py stamp"
    if found.group(1) != target_sha:
        return "targetplatform/hyoka.target changed since pom.xml's <filters> were written"
    return None


def listed_units(maven_args):
    """The (id, version) of every unit the target's Maven locations give, as Tycho's resolver lists them (with -X
    only: the listing is printed where Tycho resolves a location, and Maven shows it at debug level)."""
    command = [os.path.join(ROOT, "mvnw"), "-B", "-X", "initialize", "-pl", PROBE, "-Dhyoka.allTargetVersions",
               "-Dtycho.debug.resolver=true"] + maven_args
    with tempfile.TemporaryFile("w+") as log:
        status = subprocess.call(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        log.seek(0)
        text = log.read()
    if status != 0:
        sys.stderr.write(text[-4000:])
        sys.exit("target_filters: the listing build failed (exit %d): %s" % (status, " ".join(command)))
    units = UNIT.findall(text)
    if not units:
        sys.exit("target_filters: Tycho listed no unit; was -Dtycho.debug.resolver=true honoured?")
    return units


def write(maven_args):
    units = listed_units(maven_args)
    chosen = newest(units)
    with open(POM, encoding="utf-8") as f:
        text = f.read()
    found = FILTERS.search(text)
    if not found:
        sys.exit("target_filters: pom.xml has no <filters> block")
    text = text[:found.start()] + filters_block(chosen, digest(TARGET), found.group("indent")) + text[found.end():]
    with open(POM + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(POM + ".tmp", POM)
    print("target_filters: %d units, %d bundles in several versions, the newest kept" % (len(set(units)), len(chosen)))


def self_test():
    assert max(["3.9.10.v2026", "3.9.9.v2027", "3.10.0"], key=version_key) == "3.10.0"
    assert max(["1.80.2", "1.84.0", "1.9.0"], key=version_key) == "1.84.0"
    assert max(["2.0.0.v1", "2.0.0.v2"], key=version_key) == "2.0.0.v2"
    chosen = newest([("a", "1.0.0"), ("a", "1.2.0"), ("b", "2.0.0"), ("jakarta.annotation-api", "2.1.1"),
                     ("jakarta.annotation-api", "3.0.0")])
    assert chosen == {"a": "1.2.0"}, chosen
    block = filters_block(chosen, "0" * 64, "  ")
    assert check(block, "0" * 64) is None
    assert check(block, "1" * 64) is not None, "a changed target must fail the check"
    assert check(block.replace("target_filters.py", "somebody"), "0" * 64) is not None, "an unstamped list must fail"
    print("target_filters: self-test passed")


def main(argv):
    if argv[:1] == ["--write"]:
        write(argv[2:] if argv[1:2] == ["--"] else argv[1:])
    elif argv == ["--check"]:
        with open(POM, encoding="utf-8") as f:
            problem = check(f.read(), digest(TARGET))
        if problem:
            sys.exit("target_filters: %s; run python3 releng/scripts/target_filters.py --write" % problem)
    elif argv == ["--self-test"]:
        self_test()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
