// A screen with a prayer meeting open (the projector or a phone) says so about once a second and
// reads where the meeting is and how many screens have it open. Open to visitors: it holds only the
// step and a count.
import { markPresent } from "@/lib/data/meetings";
import { jsonRoute } from "@/lib/http";
import { fail } from "@/lib/result";
import { meetingIdSchema, presenceSchema } from "@/lib/validation/meetings";

export const POST = jsonRoute<typeof presenceSchema, { id: string }>({
  schema: presenceSchema,
  publicText: false,
  run: async (input, { params }) => {
    const id = meetingIdSchema.safeParse(params.id);
    if (!id.success) return fail(404, "There is no such prayer meeting.");
    return markPresent(id.data, input.viewer);
  },
});
