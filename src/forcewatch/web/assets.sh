#!/bin/sh
# Reproduce static/vendor/ from npm: the exact versions of package.json / package-lock.json,
# installed in a temporary folder (node_modules never enters the package), then only the
# built files each library ships and its licence are copied. Needs Node >= 18 and npm.
#   sh src/forcewatch/web/assets.sh          # re-create static/vendor/ (then commit it)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
vendor="$here/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$work/"
[ -f "$here/package-lock.json" ] && cp "$here/package-lock.json" "$work/"
if [ -f "$work/package-lock.json" ]; then
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
else
  (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$work/package-lock.json" "$here/"
fi
nm="$work/node_modules"
rm -rf "$vendor"
mkdir -p "$vendor/leaflet/images" "$vendor/leaflet.markercluster" "$vendor/topojson-client" \
         "$vendor/uplot" "$vendor/us-atlas"
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$nm/leaflet/LICENSE" "$vendor/leaflet/"
cp "$nm/leaflet/dist/images/"*.png "$vendor/leaflet/images/"
cp "$nm/leaflet.markercluster/dist/leaflet.markercluster.js" "$nm/leaflet.markercluster/dist/MarkerCluster.css" \
   "$nm/leaflet.markercluster/dist/MarkerCluster.Default.css" "$nm/leaflet.markercluster/MIT-LICENCE.txt" \
   "$vendor/leaflet.markercluster/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$nm/topojson-client/LICENSE" "$vendor/topojson-client/"
cp "$nm/uplot/dist/uPlot.iife.min.js" "$nm/uplot/dist/uPlot.min.css" "$nm/uplot/LICENSE" "$vendor/uplot/"
cp "$nm/us-atlas/states-10m.json" "$nm/us-atlas/counties-10m.json" "$nm/us-atlas/LICENSE" "$vendor/us-atlas/"
# what was copied, with versions (the page footer and docs/web.md point here)
node -e '
const fs = require("fs"), path = require("path");
const nm = process.argv[1], out = {};
for (const p of Object.keys(require(path.join(process.argv[2], "package.json")).dependencies)) {
  const m = JSON.parse(fs.readFileSync(path.join(nm, p, "package.json")));
  out[p] = {version: m.version, license: m.license, homepage: m.homepage || null};
}
fs.writeFileSync(path.join(process.argv[3], "VERSIONS.json"), JSON.stringify(out, null, 2) + "\n");
' "$nm" "$here" "$vendor"
echo "vendor files written to $vendor"
