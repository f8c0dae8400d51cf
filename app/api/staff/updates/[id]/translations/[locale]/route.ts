// Staff save a case update's translation into Spanish, French or Portuguese; the safety check runs
// on it as on the original (it shows on the public request page in that language).
import { tags } from "@/lib/cache";
import { saveUpdateTranslation } from "@/lib/data/translations";
import { jsonRoute } from "@/lib/http";
import { fail } from "@/lib/result";
import { parseId } from "@/lib/validation/ids";
import { translationLocaleSchema, updateTranslationSchema } from "@/lib/validation/translations";

export const PUT = jsonRoute<typeof updateTranslationSchema, { id: string; locale: string }>({
  schema: updateTranslationSchema,
  publicText: (input) => [{ where: "The update", text: input.body }],
  invalidates: (_input, result) => [
    tags.request(typeof result.requestId === "number" ? result.requestId : 0),
    tags.requests,
  ],
  run: async (input, { actor, params, safetyConfirmed }) => {
    const locale = translationLocaleSchema.safeParse(params.locale);
    if (!locale.success) return fail(404, "There is no such language to translate into.");
    return saveUpdateTranslation(
      actor,
      parseId(params.id) ?? 0,
      locale.data,
      input,
      safetyConfirmed,
    );
  },
});
