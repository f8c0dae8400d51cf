// Staff save a bulletin's translation (title, verse, notes, each item) into Spanish, French or
// Portuguese. The safety check runs on the translated text as on the original: it becomes public.
import { tags } from "@/lib/cache";
import { saveBulletinTranslation } from "@/lib/data/translations";
import { jsonRoute } from "@/lib/http";
import { fail } from "@/lib/result";
import { bulletinTexts } from "@/lib/safety/check";
import { parseId } from "@/lib/validation/ids";
import { bulletinTranslationSchema, translationLocaleSchema } from "@/lib/validation/translations";

export const PUT = jsonRoute<typeof bulletinTranslationSchema, { id: string; locale: string }>({
  schema: bulletinTranslationSchema,
  publicText: (input) => bulletinTexts(input),
  invalidates: (input, _result, { params }) => [
    tags.bulletin(parseId(params.id) ?? 0),
    tags.bulletins,
    tags.requests,
    ...input.items.map((item) => tags.request(item.requestId)),
  ],
  run: async (input, { actor, params, safetyConfirmed }) => {
    const locale = translationLocaleSchema.safeParse(params.locale);
    if (!locale.success) return fail(404, "There is no such language to translate into.");
    return saveBulletinTranslation(
      actor,
      parseId(params.id) ?? 0,
      locale.data,
      input,
      safetyConfirmed,
    );
  },
});
