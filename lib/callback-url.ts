// Where to send someone after signing in: only ever a path on this site. The value is cleaned as a
// browser would clean it (tabs and newlines removed anywhere, control characters and spaces trimmed
// at the ends), resolved with the URL parser against our own origin, and refused ("/") when it lands
// anywhere else — which catches "//evil", "/\evil", "/%09/evil" (a tab once decoded), "https:evil"
// and the like. Runs in the browser and on the server.

const MAX_LENGTH = 2_000;

export function safeCallbackPath(raw: unknown, origin: string): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return "/";
  // Exactly the characters browsers drop.
  const cleaned = raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(cleaned, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path starting with two slashes (or slash-backslash) would be read as another host when used.
  if (!path.startsWith("/") || /^[/\\]{2}/.test(path)) return "/";
  return path;
}
