// The header that carries the page's language with each JSON call: lib/api-client.ts sends it,
// lib/http.ts reads it (lib/i18n/server-messages.ts) to answer its messages in that language.
export const LOCALE_HEADER = "x-intercede-locale";
