#!/usr/bin/env python3
"""Lists, in each materialized product, the bundles its command line leaves out (docs/building.md, "The command
line's own configuration").

  cli_configuration.py PRODUCTS_FOLDER   write configuration/org.hyoka.cli/left-out.txt, on-demand.txt and
                                         framework/ into every product under the folder (a folder holding
                                         configuration/config.ini)

Left out are the bundles that cannot resolve without SWT (they require it, or a bundle or package only such bundles
provide, or are fragments of one) and those no command needs: not required, imported or asked for as a capability by
the Hyoka bundles (not their fragments: a translation of p2 needs p2 only where p2 is), the bundles the product starts,
or what those need in turn. The launcher script starts commands with the product's bundle list less these, made again
whenever an install or an update changes the product's, so bundles installed later are in it.

on-demand.txt names the bundles the command line keeps but does not start with the framework, with the start level it
gives them (ON_DEMAND below says why each).

framework/ holds copies of the framework's jar and the launcher's without their signatures: the Java runtime checks
the signature of every class loaded from a signed jar on a class path, a fifth of a command's start. The launcher
script starts commands from them, on the class path, while the product names the same jars; the bundles' own jars
stay signed. The framework's extensions are left out: they cannot join a framework on the class path.
"""
import pathlib
import re
import shutil
import sys
import zipfile

from architecture import clauses, manifest_headers, names, optional

DISPLAY = "org.eclipse.swt"
LIST = "configuration/org.hyoka.cli/left-out.txt"
ON_DEMAND_LIST = "configuration/org.hyoka.cli/on-demand.txt"
# Bundles the product starts that a command's start does without (docs/building.md, "The command line's own
# configuration"), with their start level in the command line's configuration:
ON_DEMAND = {
    # Log4j's bridge to java.util.logging: POI's provider. Started with log4j-api, when a command first uses POI, by
    # the command line (org.hyoka.cli's LoggingBridge), instead of starting log4j-api at every start.
    "org.apache.logging.log4j.to.jul": 4,
    # JGit: its component CleanupService is immediate and would start JGit at every start. Beyond the framework's
    # start level (6) it stays resolved, not started; JGit runs without it, as outside OSGi.
    "org.eclipse.jgit": 7,
}
BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
HYOKA = "org.hyoka."
FRAMEWORK = "configuration/org.hyoka.cli/framework"
FRAMEWORK_HOSTS = {"org.eclipse.osgi", "system.bundle"}
LAUNCHER = "org.eclipse.equinox.launcher_*.jar"
SIGNATURE = re.compile(r"META-INF/[^/]+\.(SF|RSA|DSA|EC)")


def manifest(bundle):
    """The manifest headers of a bundle jar or folder, or None for a file that is no bundle."""
    if bundle.is_dir():
        path = bundle / "META-INF/MANIFEST.MF"
        return manifest_headers(path.read_text(encoding="utf-8")) if path.is_file() else None
    with zipfile.ZipFile(bundle) as jar:
        if "META-INF/MANIFEST.MF" not in jar.namelist():
            return None
        return manifest_headers(jar.read("META-INF/MANIFEST.MF").decode("utf-8"))


def symbolic_name(headers):
    return headers.get("Bundle-SymbolicName", "").split(";")[0].strip()


def left_out(product):
    """The names of the product's bundles the command line does without, sorted: those that cannot resolve without
    SWT, and those that no bundle of the command line needs."""
    found = {}
    for bundle in sorted((product / "plugins").iterdir()):
        headers = manifest(bundle)
        if headers and symbolic_name(headers):
            found[symbolic_name(headers)] = headers
    providers = {}
    for name, headers in found.items():
        for package in names(headers.get("Export-Package")):
            providers.setdefault(("package", package), set()).add(name)
        for capability in capabilities(headers.get("Provide-Capability")):
            providers.setdefault(capability, set()).add(name)
    display = {DISPLAY}
    grown = True
    while grown:
        grown = False
        for name, headers in found.items():
            if name not in display and needs_display(headers, providers, display):
                display.add(name)
                grown = True
    started = {line.split(",")[0] for line in (product / BUNDLES_INFO).read_text(encoding="utf-8").splitlines()
               if line.endswith(",true")}
    roots = {name for name, headers in found.items()
             if name.startswith(HYOKA) and not headers.get("Fragment-Host") or name in started} - display
    needed = set(roots)
    pending = list(roots)
    while pending:
        for name in (requirements(found[pending.pop()], providers) & found.keys()) - display - needed:
            needed.add(name)
            pending.append(name)
    # fragments of what is needed: translations, a platform's natives; not the framework's extensions, which cannot
    # join a framework started from the class path
    needed |= {name for name, headers in found.items()
               if headers.get("Fragment-Host") and names(headers["Fragment-Host"])[0] in needed - FRAMEWORK_HOSTS} - display
    return sorted(found.keys() - needed)


def requirements(headers, providers):
    """The bundles that provide what a bundle requires or imports, optionally or not, and what it asks of extenders
    and service loaders (a logging provider, the component runtime)."""
    wanted = {("package", package) for package in names(headers.get("Import-Package"))}
    wanted |= capabilities(headers.get("Require-Capability"), "filter")
    found = set(names(headers.get("Require-Bundle")))
    if headers.get("Fragment-Host"):
        found.add(names(headers["Fragment-Host"])[0])
    for key in wanted:
        found |= providers.get(key, set())
    return found


def capabilities(header, attribute=None):
    """(namespace, value) of each clause of a Provide-Capability header, or of the filters of a Require-Capability
    header; the execution environment (osgi.ee) is the Java runtime's."""
    found = set()
    for clause in clauses(header):
        namespace = clause.split(";")[0].strip()
        if namespace == "osgi.ee":
            continue
        pattern = rf'\({re.escape(namespace)}=([^)]*)\)' if attribute else rf'{re.escape(namespace)}(?::[^=]*)?="([^"]*)"'
        found |= {(namespace, value) for value in re.findall(pattern, clause)}
    return found


def needs_display(headers, providers, needs):
    host = headers.get("Fragment-Host")
    if host and names(host)[0] in needs:
        return True
    required = headers.get("Require-Bundle")
    if any(name in needs for name in set(names(required)) - optional(required)):
        return True
    imported = headers.get("Import-Package")
    # a package no bundle exports comes from the framework or the Java runtime
    return any(providers.get(("package", package)) and providers[("package", package)] <= needs
               for package in set(names(imported)) - optional(imported))


def framework_copies(product):
    """Unsigned copies of the framework jar that config.ini names and of the launcher jar the launcher script starts
    (the newest), in framework/."""
    settings = dict(line.split("=", 1) for line in (product / "configuration/config.ini").read_text().splitlines()
                    if "=" in line and not line.startswith("#"))
    framework = settings["osgi.framework"].replace("\\:", ":").removeprefix("file:")
    launcher = sorted((product / "plugins").glob(LAUNCHER))[-1]
    target = product / FRAMEWORK
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for jar in [product / framework, launcher]:
        with zipfile.ZipFile(jar) as signed, zipfile.ZipFile(target / jar.name, "w", zipfile.ZIP_DEFLATED) as copy:
            for entry in signed.infolist():
                if not SIGNATURE.fullmatch(entry.filename):
                    copy.writestr(entry, signed.read(entry))


def products(folder):
    return sorted(config.parent.parent for config in folder.glob("**/configuration/config.ini"))


def main(args):
    if len(args) != 1 or not pathlib.Path(args[0]).is_dir():
        print(__doc__.strip(), file=sys.stderr)
        return 2
    found = products(pathlib.Path(args[0]))
    if not found:
        print(f"cli_configuration: no product under {args[0]}", file=sys.stderr)
        return 1
    for product in found:
        listed = left_out(product)
        target = product / LIST
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("".join(name + "\n" for name in listed), encoding="utf-8")
        (product / ON_DEMAND_LIST).write_text("".join(f"{name},{level}\n" for name, level in ON_DEMAND.items()),
                                              encoding="utf-8")
        framework_copies(product)
        print(f"cli_configuration: {target}: {len(listed)} bundles the command line leaves out; the framework's and"
              " the launcher's jars copied without signatures")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
