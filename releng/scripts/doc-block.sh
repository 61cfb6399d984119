#!/bin/sh
# Prints the block of docs/partners.md marked "<!-- SCRIPT runs this block: NAME -->" (a command) or "<!-- SCRIPT
# checks this block: NAME -->" (what a command prints), its indentation taken off, for the test that runs or checks
# it word for word (docs/partners.md, "These commands are tested"). Prints nothing if the page has no such block.
# With --unmarked, prints each block of the page that has no such mark before it, as FILE:LINE: and its first line.
#
#   doc-block.sh NAME | --unmarked
page=$(dirname "$0")/../../docs/partners.md
if [ "$1" = --unmarked ]; then
	awk '/^ *```/ {
			inside = !inside
			if (inside && previous !~ /^ *<!-- [^ ]+ (runs|checks) this block: [^ ]+ -->$/) print FILENAME ":" NR ": " $0
		}
		{ previous = $0 }' "$page"
	exit 0
fi
awk -v name="$1" '
	index($0, " this block: " name " -->") { armed = 1; next }
	armed && /^ *```[a-z]*$/ { match($0, /^ */); indent = RLENGTH; inside = 1; armed = 0; next }
	inside && /^ *```$/ { exit }
	inside { print substr($0, indent + 1) }' "$page"
