// The public address of the app (for Open Graph, feeds and e-mail links).
export function siteUrl(): string {
  return process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";
}
