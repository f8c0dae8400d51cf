// What the request list's filters are and their limits, as the browser needs them too (the search
// box, the search page's request), in a module without zod so a client component can import them
// for free.
export const MAX_QUERY_LENGTH = 200;

/** The list's filters in the address: a search, its region, kind and status, and the page. */
export const LIST_FILTER_KEYS = ["q", "region", "kind", "status", "page"] as const;
