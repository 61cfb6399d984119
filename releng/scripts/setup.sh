# Sourced by run.sh and test.sh: finds a Java 21+ for the build and makes sure the Debian packages a
# workbench needs (X virtual frame buffer, GTK 3) are installed. Works on a bare machine.

hyoka_required_java=21

hyoka_java_major() { # java executable -> major version, empty if it does not run
	spec=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = *//p' | head -n 1)
	spec=${spec#1.}
	echo "${spec%%.*}"
}

# Sets JAVA_HOME to the newest usable JDK: $JAVA_HOME if recent enough, else the newest under /usr/lib/jvm,
# else the java on the PATH.
hyoka_use_java() {
	best= best_major=0
	for home in "${JAVA_HOME:-}" /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null)" 2>/dev/null)")")"; do
		[ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
		major=$(hyoka_java_major "$home/bin/java")
		if [ -n "$major" ] && [ "$major" -gt "$best_major" ]; then
			best=$home best_major=$major
		fi
	done
	if [ "$best_major" -lt "$hyoka_required_java" ]; then
		echo "Hyoka Workbench builds with a JDK $hyoka_required_java or newer; the newest found is ${best:-none} (Java $best_major)." >&2
		echo "Install one (e.g. Eclipse Temurin 21 or 25) and set JAVA_HOME to it." >&2
		exit 1
	fi
	export JAVA_HOME=$best
}

# Installs missing Debian packages when running as root; otherwise prints the command to run and stops.
hyoka_need_packages() {
	missing=
	for package in "$@"; do
		dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $package"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "Installing Debian packages:$missing"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
			{ echo "Could not install:$missing" >&2; exit 1; }
	else
		echo "Hyoka Workbench needs these Debian packages:$missing" >&2
		echo "Install them with: sudo apt-get install -y$missing" >&2
		exit 1
	fi
}

# The Linux product the build materializes, from the repository's root.
hyoka_linux_product=releng/org.hyoka.repository/target/products/org.hyoka.workbench/linux/gtk/x86_64/hyoka-workbench

# What a workbench needs on Linux: GTK 3, a Japanese font for the reports' text, and a virtual display
# (with xwininfo for the product smoke test) for machines without a screen.
hyoka_workbench_packages="libgtk-3-0 fonts-ipaexfont-gothic xvfb xauth x11-utils dbus-x11"
# What the tests need besides: Python for the architecture check and the product test without the IP feature,
# ImageMagick's import for that test's screenshots of the workbench, and the desktop's tools that the test of
# install-desktop.sh and of double-clicking a .hyoka file uses (desktop-file-validate, xdg-mime, gio, pgrep), and
# Git for the merge driver of team sharing (docs/team.md), and a window manager and xdotool, with which the test of
# p2's update offer (test-update-ui.sh) clicks and types through p2's dialogs as a user does. The roadmap's SVG test
# renders with ImageMagick's own SVG reader (its coder is in the "extra" library) and with rsvg-convert (#47).
hyoka_test_packages="python3 imagemagick libmagickcore-6.q16-6-extra librsvg2-bin desktop-file-utils xdg-utils libglib2.0-bin shared-mime-info procps git openbox xdotool"
