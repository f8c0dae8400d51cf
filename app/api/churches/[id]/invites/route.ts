// A new invite link for the church (its leaders and admins); the token is shown once.
import { createInvite } from "@/lib/data/church-invites";
import { jsonRoute } from "@/lib/http";
import { inviteSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const POST = jsonRoute<typeof inviteSchema, { id: string }>({
  schema: inviteSchema,
  publicText: false,
  successStatus: 201,
  run: (input, { actor, params }) => createInvite(actor, parseId(params.id) ?? 0, input),
});
