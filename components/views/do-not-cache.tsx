// A page that must not be kept in the page cache (an unknown region, a page number past the end):
// rendered for each visitor instead, so made-up addresses never fill the cache. cache-handler.mjs
// refuses to store a page whose HTML carries this marker.
export const DO_NOT_CACHE_MARKER = "intercede-do-not-cache";

export function DoNotCache() {
  return <meta name={DO_NOT_CACHE_MARKER} content="1" />;
}
