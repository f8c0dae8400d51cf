// Start a prayer meeting on the latest bulletin (any signed-in person; it becomes theirs to lead).
import { startMeeting } from "@/lib/data/meetings";
import { jsonRoute } from "@/lib/http";
import { startMeetingSchema } from "@/lib/validation/meetings";

export const POST = jsonRoute({
  schema: startMeetingSchema,
  publicText: false,
  successStatus: 201,
  run: (_input, { actor }) => startMeeting(actor),
});
