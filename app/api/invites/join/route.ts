// Join a church with an invite link's token.
import { joinByInvite } from "@/lib/data/church-invites";
import { jsonRoute } from "@/lib/http";
import { joinSchema } from "@/lib/validation/churches";

export const POST = jsonRoute({
  schema: joinSchema,
  publicText: false,
  run: (input, { actor }) => joinByInvite(actor, input.token),
});
