// The signed-in person sets their own time zone (a zone name: nothing here is made public).
import { setMyTimeZone } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";
import { timeZoneSchema } from "@/lib/validation/time-zone";

export const PUT = jsonRoute({
  schema: timeZoneSchema,
  publicText: false,
  run: (input, { actor }) => setMyTimeZone(actor, input),
});
