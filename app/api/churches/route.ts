// Register a church; the leader who registers it becomes its first leader.
import { createChurch } from "@/lib/data/churches";
import { jsonRoute } from "@/lib/http";
import { churchSchema } from "@/lib/validation/churches";

export const POST = jsonRoute({
  schema: churchSchema,
  // The church's name and city appear on the public list of hosting churches.
  publicText: (input) => [
    { where: "The church's name", text: input.name },
    { where: "The city", text: input.city },
  ],
  successStatus: 201,
  run: (input, { actor, safetyConfirmed }) => createChurch(actor, input, safetyConfirmed),
});
