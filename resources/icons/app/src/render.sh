#!/bin/sh
# Renders the SVG sources to the PNGs the console embeds (Qt here has no SVG image plugin, so PNGs ship).
# Needs ImageMagick. Run from this folder.
set -e
for f in *.svg; do convert -background none -density 192 "$f" -resize 64x64 "../${f%.svg}.png"; done
convert -background none -density 384 switchboard.svg -resize 256x256 ../switchboard-256.png
