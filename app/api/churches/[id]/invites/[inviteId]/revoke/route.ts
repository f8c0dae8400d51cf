// Stop an invite link working (the church's leaders and admins).
import { z } from "@/lib/validation/zod";
import { revokeInvite } from "@/lib/data/church-invites";
import { jsonRoute } from "@/lib/http";
import { parseId } from "@/lib/validation/ids";

const schema = z.object({});

export const POST = jsonRoute<typeof schema, { id: string; inviteId: string }>({
  schema,
  publicText: false,
  run: (_input, { actor, params }) =>
    revokeInvite(actor, parseId(params.id) ?? 0, parseId(params.inviteId) ?? 0),
});
