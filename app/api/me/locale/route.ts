// The signed-in person sets their language (a code from a fixed list: nothing here is made public).
import { setMyLocale } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";
import { localeSchema } from "@/lib/validation/locale";

export const PUT = jsonRoute({
  schema: localeSchema,
  publicText: false,
  run: (input, { actor }) => setMyLocale(actor, input),
});
