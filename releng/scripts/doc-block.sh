#!/bin/sh
# Prints the shell block of docs/partners.md marked "<!-- SCRIPT runs this block: NAME -->", its indentation taken
# off, for the test that runs the page's commands word for word (docs/partners.md, "These commands are tested").
# Prints nothing if the page has no such block.
#
#   doc-block.sh NAME
awk -v name="$1" '
	index($0, " runs this block: " name " -->") { armed = 1; next }
	armed && /^ *```sh$/ { match($0, /^ */); indent = RLENGTH; inside = 1; armed = 0; next }
	inside && /^ *```$/ { exit }
	inside { print substr($0, indent + 1) }' "$(dirname "$0")/../../docs/partners.md"
