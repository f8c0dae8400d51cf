// This browser's Web Push subscription for the signed-in person's prayer reminders: remember it
// (POST, PushSubscription#toJSON()) or forget it (DELETE, by its endpoint). Nothing is made public.
import { addPushSubscription, removePushSubscription } from "@/lib/data/reminders";
import { jsonRoute } from "@/lib/http";
import { pushEndpointSchema, pushSubscriptionSchema } from "@/lib/validation/reminders";

export const POST = jsonRoute({
  schema: pushSubscriptionSchema,
  publicText: false,
  run: (input, { actor }) => addPushSubscription(actor, input),
  successStatus: 201,
});

export const DELETE = jsonRoute({
  schema: pushEndpointSchema,
  publicText: false,
  run: (input, { actor }) => removePushSubscription(actor, input.endpoint),
});
