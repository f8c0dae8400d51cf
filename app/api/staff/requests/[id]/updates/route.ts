// Staff add a dated update to a request, mark it answered (saying how), or reopen it. Once the
// update has committed, a notify-followers job is queued (lib/jobs): the worker records and e-mails
// the notices, so the answer never waits for SMTP, and a mail problem never fails the update.
import { addCaseUpdate } from "@/lib/data/staff";
import { tags } from "@/lib/cache";
import { jsonRoute } from "@/lib/http";
import { enqueue } from "@/lib/jobs";
import { fail } from "@/lib/result";
import { calendarDay, parseLocalDateTime } from "@/lib/time";
import { caseUpdateSchema } from "@/lib/validation/bulletins";
import { parseId } from "@/lib/validation/ids";

export const POST = jsonRoute<typeof caseUpdateSchema, { id: string }>({
  schema: caseUpdateSchema,
  // An update, an "answered" note or a reopening shows on the public request page.
  publicText: (input) => [{ where: "The update", text: input.body }],
  successStatus: 201,
  // The request's page, every list and bulletin page that shows it (they carry its tag).
  invalidates: (_input, _result, { params }) => [
    tags.request(parseId(params.id) ?? 0),
    tags.requests,
  ],
  async run(input, { actor, params, safetyConfirmed }) {
    const now = new Date();
    const today = calendarDay(now);
    if (input.postedOn && input.postedOn > today)
      return fail(422, "An update cannot be dated in the future.", {
        postedOn: "An update cannot be dated in the future.",
      });
    // Today's update carries the current time; an earlier day's sits at its noon.
    const postedAt =
      !input.postedOn || input.postedOn === today
        ? now
        : (parseLocalDateTime(`${input.postedOn}T12:00`) ?? now);
    const result = await addCaseUpdate(actor, parseId(params.id) ?? 0, {
      kind: input.kind,
      body: input.body,
      postedAt,
      safetyConfirmed,
    });
    if (result.ok) {
      try {
        await enqueue(
          "notify-followers",
          { updateId: result.updateId },
          { singletonKey: String(result.updateId) },
        );
      } catch (error) {
        console.error(`[jobs] notices for update ${result.updateId} were not queued:`, error);
      }
    }
    return result;
  },
});
