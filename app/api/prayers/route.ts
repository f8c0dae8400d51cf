// "I prayed": records today's prayer for a request (idempotent) and answers with the exact counts.
import { recordPrayer } from "@/lib/data/prayers";
import { jsonRoute } from "@/lib/http";
import { prayerSchema } from "@/lib/validation/prayers";

export const POST = jsonRoute({
  schema: prayerSchema,
  publicText: false,
  run: (input, { actor }) => recordPrayer(actor, input.requestId),
});
