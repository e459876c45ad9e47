#!/bin/sh
# Renders the provider marks to the PNGs the catalog names (Qt here has no SVG image plugin, so PNGs ship).
# The marks are Switchboard's own coloured letter tiles, not the providers' logos. Needs ImageMagick. Run from this folder.
set -e
for f in *.svg; do convert -background none -density 384 "$f" -resize 64x64 "../${f%.svg}.png"; done
