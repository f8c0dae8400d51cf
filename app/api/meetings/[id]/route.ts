// The presenter moves their prayer meeting to a step; anyone else is refused (403).
import { moveMeeting } from "@/lib/data/meetings";
import { jsonRoute } from "@/lib/http";
import { fail } from "@/lib/result";
import { meetingIdSchema, moveMeetingSchema } from "@/lib/validation/meetings";

export const PUT = jsonRoute<typeof moveMeetingSchema, { id: string }>({
  schema: moveMeetingSchema,
  publicText: false,
  run: async (input, { actor, params }) => {
    const id = meetingIdSchema.safeParse(params.id);
    if (!id.success) return fail(404, "There is no such prayer meeting.");
    return moveMeeting(actor, id.data, input.step);
  },
});
