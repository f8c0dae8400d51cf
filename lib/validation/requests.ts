// URL filters for the request list: bounded, forgiving where a typo is harmless, clear where it is not.
import { MAX_QUERY_LENGTH } from "@/lib/validation/request-limits";
import { z } from "@/lib/validation/zod";

export { MAX_QUERY_LENGTH };
export const KINDS = ["request", "praise"] as const;
export const STATUSES = ["open", "answered", "archived"] as const;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A page number: anything that is not a positive whole number falls back to page 1. */
export const pageParam = z.preprocess(
  firstValue,
  z.coerce.number().int().min(1).max(100_000).catch(1),
);

const optionalText = z.preprocess((value) => {
  const text = firstValue(value);
  return typeof text === "string" && text.trim() !== "" ? text.trim() : undefined;
}, z.string().optional());

export const requestFiltersSchema = z.object({
  region: optionalText.pipe(
    z
      .string()
      .max(60)
      .regex(/^[a-z0-9-]+$/, "Unknown region")
      .optional(),
  ),
  kind: optionalText.pipe(z.enum(KINDS, "Kind must be “request” or “praise”").optional()),
  status: optionalText.pipe(
    z.enum(STATUSES, "Status must be open, answered or archived").optional(),
  ),
  // A very long search is cut to its first characters, not refused.
  q: z
    .preprocess(
      firstValue,
      z
        .string()
        .optional()
        .transform((q) => q?.trim().slice(0, MAX_QUERY_LENGTH) || undefined),
    )
    .catch(undefined),
  page: pageParam,
});

export interface RequestFilters {
  region?: string;
  kind?: (typeof KINDS)[number];
  status?: (typeof STATUSES)[number];
  q?: string;
  page: number;
}

export interface FilterProblem {
  field: "region" | "kind" | "status";
  message: string;
}

/**
 * Reads the list filters from the URL. Unknown values for region, kind or status are reported (and
 * left out of the query) so the page can say so instead of silently showing everything.
 */
export function parseRequestFilters(
  params: Record<string, string | string[] | undefined>,
  regionSlugs: readonly string[],
): { filters: RequestFilters; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];
  const raw: Record<string, unknown> = { ...params };
  for (const field of ["region", "kind", "status"] as const) {
    const one = requestFiltersSchema.shape[field].safeParse(raw[field]);
    const text = firstValue(raw[field]);
    if (!one.success) {
      problems.push({
        field,
        message: `${one.error.issues[0]?.message ?? "Not a valid value"}: “${String(text).slice(0, 60)}”`,
      });
      raw[field] = undefined;
    } else if (field === "region" && one.data && !regionSlugs.includes(one.data)) {
      problems.push({ field, message: `There is no region called “${one.data}”` });
      raw[field] = undefined;
    }
  }
  const filters: RequestFilters = requestFiltersSchema.parse(raw);
  return { filters, problems };
}
