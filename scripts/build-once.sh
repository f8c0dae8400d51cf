#!/usr/bin/env bash
# A production build into $NEXT_DIST_DIR: `next build`, then scripts/after-build.ts (which drops the
# pages the build pre-rendered, so nothing in the build depends on the database it was made with).
# With BUILD_REUSE_DIR set (CI does: npm test, the PostgreSQL rerun and the cluster suite all need the
# same build), a build of the very same source made earlier is copied instead of building again; a
# change to any file, committed or not, makes a new one.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${NEXT_DIST_DIR:-.next}"
reuse="${BUILD_REUSE_DIR:-}"

# The source as it is now: the commit, plus any change to tracked or new files.
fingerprint() {
  { git rev-parse HEAD; git status --porcelain --untracked-files=all; git diff HEAD; } 2>/dev/null |
    sha256sum | cut -d' ' -f1
}

if [ -n "$reuse" ] && [ -f "$reuse/.source" ] && [ "$(cat "$reuse/.source")" = "$(fingerprint)" ]; then
  rm -rf "$dist"
  cp -a "$reuse" "$dist"
  rm -f "$dist/.source"
  echo "build-once: reused the build of this source from $reuse"
  exit 0
fi

source_before=$(fingerprint)
# next build adds its own folder to tsconfig.json's includes: keep the file as committed.
tsconfig_copy=$(mktemp)
cp tsconfig.json "$tsconfig_copy"
status=0
npx next build || status=$?
cp "$tsconfig_copy" tsconfig.json
rm -f "$tsconfig_copy"
[ "$status" -eq 0 ] || exit "$status"
npx tsx scripts/after-build.ts

if [ -n "$reuse" ] && [ "$(fingerprint)" = "$source_before" ]; then
  rm -rf "$reuse"
  cp -a "$dist" "$reuse"
  echo "$source_before" > "$reuse/.source"
fi
