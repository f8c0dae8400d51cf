// Register a church; the leader who registers it becomes its first leader.
import { createChurch } from "@/lib/data/churches";
import { jsonRoute } from "@/lib/http";
import { churchSchema } from "@/lib/validation/churches";

export const POST = jsonRoute({
  schema: churchSchema,
  successStatus: 201,
  run: (input, { actor }) => createChurch(actor, input),
});
