#!/usr/bin/env bash
# Builds demo/data/police-uk-2018.zip from the police.uk samples in the shared data folder, the
# same bytes on every run: entries sorted, laid out in month folders as police.uk's own archive
# is, every file dated the same fixed moment, no directory entries and no extra attributes.
# Usage: bash scripts/buildDemoPoliceUkZip.sh [folder of the police.uk CSVs] [archive to write]
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."

source_folder="${1:-${BLUELAMP_SHARED_DATA:-../shared/data}/police-uk}"
target="$(realpath -m "${2:-demo/data/police-uk-2018.zip}")"
command -v zip >/dev/null 2>&1 || { echo "buildDemoPoliceUkZip: needs the zip command (apt-get install zip)" >&2; exit 1; }
[ -d "$source_folder" ] || { echo "buildDemoPoliceUkZip: no folder $source_folder" >&2; exit 1; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
count=0
for file in "$source_folder"/*.csv; do
  name="$(basename "$file")"
  month="${name:0:7}"
  [[ "$month" =~ ^[0-9]{4}-[0-9]{2}$ ]] || { echo "buildDemoPoliceUkZip: $name does not start with its month" >&2; exit 1; }
  mkdir -p "$staging/$month"
  cp "$file" "$staging/$month/$name"
  count=$((count + 1))
done
[ "$count" -gt 0 ] || { echo "buildDemoPoliceUkZip: no CSV files in $source_folder" >&2; exit 1; }
# A fixed time, read as UTC, so the archive does not depend on when or where it is built.
find "$staging" -type f -exec env TZ=UTC touch -t 201901010000 {} +

rm -f "$target"
(cd "$staging" && find . -type f -name '*.csv' | LC_ALL=C sort | sed 's|^\./||' | TZ=UTC zip -X -D -9 -q "$target" -@)
echo "Wrote ${target#"$PWD/"}: $count files, $(wc -c <"$target") bytes, sha256 $(sha256sum "$target" | cut -d' ' -f1)"
