// Limits of the request list's filters that the browser needs too (the search box), in a module
// without zod so a client component can import them for free.
export const MAX_QUERY_LENGTH = 200;
