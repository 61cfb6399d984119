#!/usr/bin/env python3
"""Creates a bundle by the house conventions (docs/developers.md, "Adding a bundle"); releng/new-bundle.sh runs it.

    new-bundle.sh NAME [--ui] [--feature FEATURE] [--label TEXT] [--label-ja TEXT]

NAME (e.g. org.example.checks) gets a headless bundle with an exported, versioned API package, a plugin.xml ready for
contributions and its messages in English and Japanese, and a test fragment NAME.tests. --ui adds NAME.ui (internal
package shared with its tests only) and its workbench test fragment NAME.ui.tests. The bundles go into FEATURE when
given, or else into a new feature NAME.feature that the p2 site lists and the product installs as a root of its own.
The modules are added to the poms and the bundle map in docs/architecture.md is redrawn, so the next ./test.sh builds
and tests the new bundles. Exits 2, changing nothing, on a bad name or an existing folder.
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

from versions import Tree, pom_version, show  # the versions by docs/versioning.md

# a new module starts at 1.0.0: versions.py records it at the next release
VERSION = "1.0.0"
VENDOR = "Hyoka Workbench project"
# the feature whose licence text every feature carries (features/org.hyoka.license.feature)
LICENSE = "org.hyoka.license.feature"
JUNIT = 'version="[5.13.0,6.0.0)"'
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
RESERVED_ENDINGS = (".tests", ".ui", ".feature", ".edit")
BUNDLES_POM, FEATURES_POM = "bundles/pom.xml", "features/pom.xml"
CATEGORY, PRODUCT = "releng/org.hyoka.repository/category.xml", "releng/org.hyoka.repository/hyoka.product"
MODULES_END, FEATURE_END, CATEGORY_DEF, FEATURES_END = "  </modules>", "</feature>", "   <category-def", "   </features>"


class UsageError(Exception):
    pass


def ascii_properties(values):
    """Lines of a .properties file; non-ASCII as \\uXXXX, as every properties file of the house is written."""
    def escape(text):
        return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in text)
    return "".join(f"{key} = {escape(value)}\n" for key, value in values.items())


def manifest(headers):
    lines = ["Manifest-Version: 1.0", "Bundle-ManifestVersion: 2"]
    for key, value in headers:
        if value == []:
            continue
        if isinstance(value, list):
            lines.append(f"{key}: " + ",\n ".join(value))
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n"


def pom(root, parent, artifact, packaging, description):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.hyoka</groupId>
    <artifactId>{parent}</artifactId>
    <version>{pom_version(root)}</version>
  </parent>
  <artifactId>{artifact}</artifactId>
  <version>{VERSION}-SNAPSHOT</version>
  <packaging>{packaging}</packaging>
  <name>{description}</name>
</project>
"""


def build_properties(*includes, source=True):
    lines = (["source.. = src/", "output.. = bin/"] if source else []) + ["bin.includes = " + ",\\\n               ".join(includes)]
    return "\n".join(lines) + "\n"


PLUGIN_XML = """<?xml version="1.0" encoding="UTF-8"?>
<?eclipse version="3.4"?>
<!-- Contributions of {name}: rules, pages, report sections, exporters, commands (docs/extension-points.md). -->
<plugin>
</plugin>
"""

BUNDLE_TEST = """package {package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundle as built carries its texts in English and Japanese (architecture.py --check compares the sources; this
 * sees that build.properties packs them).
 */
class BundleTest {{

	@Test
	void carriesItsTextsInEnglishAndJapanese() {{
		Bundle bundle = FrameworkUtil.getBundle(BundleTest.class);
		assertEquals("{host}", bundle.getSymbolicName()); //$NON-NLS-1$
		for (String locale : new String[] {{ "en", "ja" }}) {{ //$NON-NLS-1$ //$NON-NLS-2$
			String file = "ja".equals(locale) ? "plugin_ja.properties" : "plugin.properties"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertNotNull(bundle.getEntry(file), "{host} is built without " + file); //$NON-NLS-1$
			String name = bundle.getHeaders(locale).get(Constants.BUNDLE_NAME);
			assertFalse(name.startsWith("%"), "{host} has no " + locale + " name: " + name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}}
	}}
}}
"""


class Scaffold:
    def __init__(self, root, name, ui, feature, label, label_ja):
        self.root = root
        self.name = name
        self.ui = ui
        self.feature = feature
        self.label = label or " ".join(part.capitalize() for part in name.split(".")[1:])
        self.label_ja = label_ja or self.label
        self.new_feature = feature is None
        self.written = []

    # -- checks first, so that a refusal changes nothing
    def check(self):
        if not NAME_PATTERN.fullmatch(self.name) or self.name.endswith(RESERVED_ENDINGS):
            raise UsageError(f"'{self.name}' is not a bundle name: lower-case words separated by dots, such as "
                             f"org.example.checks, not ending in {', '.join(RESERVED_ENDINGS)} (the scaffold adds those)")
        for folder in self.bundle_folders() + ([self.feature_folder()] if self.new_feature else []):
            if folder.exists():
                raise UsageError(f"{folder.relative_to(self.root)} exists already")
        if not self.new_feature and not (self.feature_folder() / "feature.xml").is_file():
            known = sorted(p.parent.name for p in self.root.glob("features/*/feature.xml"))
            raise UsageError(f"there is no feature {self.feature}; features: {', '.join(known)}")
        for relative, anchor in self.anchors():
            path = self.root / relative
            if not path.is_file() or anchor not in path.read_text(encoding="utf-8"):
                raise UsageError(f"{relative} has no {anchor.strip()}; is this the Hyoka Workbench repository?")

    def anchors(self):
        """Where the existing files get their new entries."""
        found = [(BUNDLES_POM, MODULES_END)]
        if self.new_feature:
            found += [(FEATURES_POM, MODULES_END), (CATEGORY, CATEGORY_DEF), (PRODUCT, FEATURES_END)]
        else:
            found.append((f"features/{self.feature}/feature.xml", FEATURE_END))
        return found

    def bundle_names(self):
        names = [self.name, self.name + ".tests"]
        return names + [self.name + ".ui", self.name + ".ui.tests"] if self.ui else names

    def bundle_folders(self):
        return [self.root / "bundles" / name for name in self.bundle_names()]

    def feature_folder(self):
        return self.root / "features" / (self.feature or self.name + ".feature")

    def write(self, relative, text):
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.written.append(relative)

    def edit(self, relative, anchor, insertion):
        """Inserts text before the first occurrence of anchor (checked by check())."""
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        index = text.index(anchor)
        path.write_text(text[:index] + insertion + text[index:], encoding="utf-8")
        self.written.append(relative)

    # -- the bundles
    def requirement(self, name):
        """A Require-Bundle clause admitting the bundle's current version up to its next major."""
        version = Tree(self.root).bundles[name]["version"]
        return f'{name};bundle-version="[{show(version)},{version[0] + 1}.0.0)"'

    def bundle(self, name, package, exports, requires, label, label_ja, description):
        folder = f"bundles/{name}"
        self.write(f"{folder}/META-INF/MANIFEST.MF", manifest([
            ("Bundle-Name", "%bundleName"),
            ("Bundle-Vendor", "%bundleVendor"),
            ("Bundle-SymbolicName", f"{name};singleton:=true"),
            ("Bundle-Version", VERSION + ".qualifier"),
            ("Bundle-RequiredExecutionEnvironment", "JavaSE-21"),
            ("Bundle-Localization", "plugin"),
            ("Bundle-ActivationPolicy", "lazy"),
            ("Automatic-Module-Name", name),
            ("Export-Package", exports),
            ("Require-Bundle", requires),
        ]))
        self.write(f"{folder}/build.properties",
                   build_properties("META-INF/", ".", "plugin.xml", "plugin.properties", "plugin_ja.properties"))
        self.write(f"{folder}/plugin.xml", PLUGIN_XML.format(name=name))
        self.write(f"{folder}/plugin.properties", ascii_properties({"bundleName": label, "bundleVendor": VENDOR}))
        self.write(f"{folder}/plugin_ja.properties", ascii_properties({"bundleName": label_ja, "bundleVendor": VENDOR}))
        self.write(f"{folder}/pom.xml", pom(self.root, "org.hyoka.bundles", name, "eclipse-plugin", description))
        self.write(f"{folder}/src/{package.replace('.', '/')}/package-info.java",
                   f"/** {description}. */\npackage {package};\n")

    def fragment(self, host, requires, in_workbench):
        name = host + ".tests"
        folder = f"bundles/{name}"
        self.write(f"{folder}/META-INF/MANIFEST.MF", manifest([
            ("Bundle-Name", f"{self.label} Tests" if host == self.name else f"{self.label} UI Tests"),
            ("Bundle-Vendor", VENDOR),
            ("Bundle-SymbolicName", name),
            ("Bundle-Version", VERSION + ".qualifier"),
            ("Fragment-Host", host),
            ("Bundle-RequiredExecutionEnvironment", "JavaSE-21"),
            ("Automatic-Module-Name", name),
            ("Require-Bundle", requires),
            # a workbench test's first needs: JUnit's extensions (the harness's), and the workspace
            ("Import-Package", [f"org.junit.jupiter.api;{JUNIT}", "org.osgi.framework"]
             + ([f"org.junit.jupiter.api.extension;{JUNIT}", f"org.junit.jupiter.api.io;{JUNIT}"] if in_workbench else [])),
        ]))
        self.write(f"{folder}/build.properties", build_properties("META-INF/", "."))
        self.write(f"{folder}/pom.xml", pom(self.root, "org.hyoka.bundles", name, "eclipse-test-plugin",
                                            f"{self.label} {'UI ' if in_workbench else ''}tests"))
        if in_workbench:
            # the marker of the ui-tests profile in the parent pom: these tests run inside the Hyoka Workbench
            self.write(f"{folder}/ui-test-plugin.properties",
                       "# Runs the tests of this fragment inside the Hyoka Workbench application (see the parent pom).\n")
        package = host if host == self.name else host + ".internal"
        self.write(f"{folder}/src/{package.replace('.', '/')}/BundleTest.java",
                   BUNDLE_TEST.format(package=package, host=host))

    def bundles(self):
        self.bundle(self.name, self.name, f'{self.name};version="1.0.0"',
                    [self.requirement("org.hyoka.model"), self.requirement("org.hyoka.core")],
                    self.label, self.label_ja, f"{self.label} (headless)")
        self.fragment(self.name, [], in_workbench=False)
        if self.ui:
            ui = self.name + ".ui"
            self.bundle(ui, ui + ".internal", f'{ui}.internal;x-friends:="{ui}.tests"',
                        ["org.eclipse.core.runtime", "org.eclipse.ui", self.requirement("org.hyoka.editor"),
                         f'{self.name};bundle-version="[{VERSION},2.0.0)"'],
                        self.label + " UI", self.label_ja + " UI", f"{self.label} in the workbench")
            self.fragment(ui, ["org.eclipse.core.resources", self.requirement("org.hyoka.testing.ui"),
                               self.requirement("org.hyoka.samples")], in_workbench=True)
        modules = "".join(f"    <module>{name}</module>\n" for name in self.bundle_names())
        self.edit(BUNDLES_POM, MODULES_END, modules)

    # -- the feature
    def features(self):
        plugins = "".join(f'   <plugin id="{name}" version="0.0.0" unpack="false"/>\n'
                          for name in self.bundle_names() if not name.endswith(".tests"))
        if not self.new_feature:
            self.edit(f"features/{self.feature}/feature.xml", FEATURE_END, plugins)
            return
        feature = self.name + ".feature"
        folder = f"features/{feature}"
        self.write(f"{folder}/feature.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<feature id="{feature}" label="%featureName" version="{VERSION}.qualifier"
      provider-name="%providerName"
      license-feature="{LICENSE}" license-feature-version="{show(Tree(self.root).features[LICENSE]["version"])}.qualifier">
   <description>%description</description>
   <copyright>%copyright</copyright>
   <license url="%licenseURL">%license</license>

   <requires>
      <import feature="org.hyoka.workbench.feature" version="{show(Tree(self.root).features["org.hyoka.workbench.feature"]["version"])}" match="compatible"/>
   </requires>

{plugins}</feature>
""")
        # the licence's text and address come from the license feature, appended by the build
        common = {"providerName": VENDOR, "copyright": "Copyright (c) 2026 Hyoka Workbench contributors."}
        self.write(f"{folder}/feature.properties", ascii_properties(
            {"featureName": f"Hyoka Workbench {self.label}", "description": self.label, **common}))
        self.write(f"{folder}/feature_ja.properties", ascii_properties(
            {"featureName": f"Hyoka Workbench {self.label_ja}", "description": self.label_ja, **common}))
        self.write(f"{folder}/build.properties",
                   build_properties("feature.xml", "feature.properties", "feature_ja.properties", source=False))
        self.write(f"{folder}/pom.xml", pom(self.root, "org.hyoka.features", feature, "eclipse-feature", f"{self.label} feature"))
        self.edit(FEATURES_POM, MODULES_END, f"    <module>{feature}</module>\n")
        # on the p2 site among the others, and in the product as a root of its own, so it updates and uninstalls alone
        self.edit(CATEGORY, CATEGORY_DEF,
                  f'   <feature id="{feature}">\n      <category name="org.hyoka.tools"/>\n   </feature>\n')
        self.edit(PRODUCT, FEATURES_END,
                  f'      <feature id="{feature}" installMode="root"/>\n')

    def run(self):
        self.check()
        self.bundles()
        self.features()
        subprocess.run([sys.executable, str(self.root / "releng/scripts/architecture.py"), "--write"],
                       cwd=self.root, check=True, stdout=subprocess.DEVNULL)
        self.written.append("docs/architecture.md")
        return sorted(set(self.written))


def main(args):
    parser = argparse.ArgumentParser(prog="new-bundle.sh", description=__doc__.split("\n\n")[0])
    parser.add_argument("name", help="symbolic name of the headless bundle, e.g. org.example.checks")
    parser.add_argument("--ui", action="store_true", help="also create NAME.ui and its workbench tests")
    parser.add_argument("--feature", help="an existing feature to add the bundles to (default: a new NAME.feature)")
    parser.add_argument("--label", help="the bundle's name for people, in English (default: from NAME)")
    parser.add_argument("--label-ja", help="the same in Japanese (default: the English label)")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2], help=argparse.SUPPRESS)
    options = parser.parse_args(args)
    scaffold = Scaffold(options.root.resolve(), options.name, options.ui, options.feature, options.label,
                        options.label_ja)
    try:
        written = scaffold.run()
    except UsageError as e:
        print(f"new-bundle.sh: {e}", file=sys.stderr)
        return 2
    print("Created or changed:")
    for path in written:
        print("  " + path)
    print("Next: ./test.sh builds and tests the new bundles; docs/developers.md shows how to add a rule, a page, "
          "a report section, an exporter or a command.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
