// A church's leader changes its time zone (an IANA name: nothing here is text about anyone). The
// public list of hosting churches shows dates, which do not change, so no page cache is dropped.
import { setChurchTimeZone } from "@/lib/data/churches";
import { jsonRoute } from "@/lib/http";
import { churchTimeZoneSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const PUT = jsonRoute<typeof churchTimeZoneSchema, { id: string }>({
  schema: churchTimeZoneSchema,
  publicText: false,
  run: (input, { actor, params }) => setChurchTimeZone(actor, parseId(params.id) ?? 0, input),
});
