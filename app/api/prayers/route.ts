// "I prayed": records today's prayer for a request (idempotent) and answers with the exact counts.
// A prayer marked offline comes with the moment it was pressed, and counts for that day.
import { recordPrayer } from "@/lib/data/prayers";
import { jsonRoute } from "@/lib/http";
import { prayerMoment, prayerSchema } from "@/lib/validation/prayers";

export const POST = jsonRoute({
  schema: prayerSchema,
  publicText: false,
  run: (input, { actor }) => recordPrayer(actor, input.requestId, prayerMoment(input.prayedAt)),
});
