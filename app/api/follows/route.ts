// Follow or unfollow a request.
import { setFollow } from "@/lib/data/prayers";
import { jsonRoute } from "@/lib/http";
import { followSchema } from "@/lib/validation/prayers";

export const PUT = jsonRoute({
  schema: followSchema,
  publicText: false,
  run: (input, { actor }) => setFollow(actor, input.requestId, input.following),
});
