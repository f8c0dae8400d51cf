// Replace the requests a Freedom Sunday service features, in order.
import { setFeaturedRequests } from "@/lib/data/church-events";
import { jsonRoute } from "@/lib/http";
import { featuredSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const PUT = jsonRoute<typeof featuredSchema, { id: string }>({
  schema: featuredSchema,
  publicText: false,
  run: (input, { actor, params }) =>
    setFeaturedRequests(actor, parseId(params.id) ?? 0, input.requestIds),
});
