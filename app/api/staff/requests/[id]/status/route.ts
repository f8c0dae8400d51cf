// Archive a request, or bring it back.
import { setRequestArchived } from "@/lib/data/staff";
import { tags } from "@/lib/cache";
import { jsonRoute } from "@/lib/http";
import { requestStatusSchema } from "@/lib/validation/bulletins";
import { parseId } from "@/lib/validation/ids";

export const PUT = jsonRoute<typeof requestStatusSchema, { id: string }>({
  schema: requestStatusSchema,
  publicText: false,
  // The request's page, every list and bulletin page that shows it (they carry its tag).
  invalidates: (_input, _result, { params }) => [
    tags.request(parseId(params.id) ?? 0),
    tags.requests,
  ],
  run: (input, { actor, params }) =>
    setRequestArchived(actor, parseId(params.id) ?? 0, input.status === "archived"),
});
