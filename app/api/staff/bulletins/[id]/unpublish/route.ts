// Take a bulletin back to draft.
import { z } from "@/lib/validation/zod";
import { unpublishBulletin } from "@/lib/data/staff";
import { jsonRoute } from "@/lib/http";
import { parseId } from "@/lib/validation/ids";

const schema = z.object({});

export const POST = jsonRoute<typeof schema, { id: string }>({
  schema,
  publicText: false,
  revalidatesPublicPages: true,
  run: (_input, { actor, params }) => unpublishBulletin(actor, parseId(params.id) ?? 0),
});
