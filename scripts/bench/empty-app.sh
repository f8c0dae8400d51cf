#!/usr/bin/env bash
# `npm run bench:empty-app`: the first-load JavaScript of an app of one empty page, built with this
# project's own Next.js and React (create-next-app's layout and a <p>): the framework's floor under
# issue 11's 120 kB budget. Builds it in a temporary folder with this project's node_modules and sums
# the scripts its index.html names (not the nomodule polyfills a modern browser skips), gzip -9, in
# KiB as e2e/lighthouse.spec.ts counts a page's.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="$(mktemp -d)"
trap 'rm -rf "$app"' EXIT
mkdir -p "$app/app"
ln -s "$root/node_modules" "$app/node_modules"
echo '{ "name": "empty", "private": true }' > "$app/package.json"
# Turbopack resolves only inside its root: the project's node_modules are outside the folder.
echo 'module.exports = { turbopack: { root: "/" } };' > "$app/next.config.js"
cat > "$app/app/layout.tsx" <<'TSX'
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
TSX
echo 'export default function Page() { return <p>Hello</p>; }' > "$app/app/page.tsx"
cd "$app"
NEXT_TELEMETRY_DISABLED=1 "$root/node_modules/.bin/next" build > build.log 2>&1 || { tail -20 build.log; exit 1; }
total=0
echo "| script | bytes gzipped |"
echo "|---|---:|"
for src in $(grep -o '<script[^>]*>' .next/server/app/index.html | grep -vi nomodule | grep -o 'src="/_next/[^"]*"' | sed 's/^src="\/_next\///; s/"$//; s/?.*//'); do
  bytes=$(gzip -9c ".next/$src" | wc -c)
  total=$((total + bytes))
  echo "| $src | $bytes |"
done
node -e "console.log('Next.js ' + require('$root/node_modules/next/package.json').version + ', React ' + require('$root/node_modules/react/package.json').version + ': an empty page loads ' + ($total / 1024).toFixed(1) + ' kB gzipped (KiB, gzip -9)')"
