"use client";
// Follow a request to hear when it moves; pin it to "My list" to pray through on /pray/mine. Each is
// pressed while on, changed at once (optimistic) and put back if the server refuses.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { ApiError, sendJson } from "@/lib/api-client";
import { usePageState, type PageState } from "./prayer-counts";

type Mark = "following" | "pinned";

const ENDPOINT: Record<Mark, string> = { following: "/api/follows", pinned: "/api/pins" };

function MarkButton({ requestId, mark }: { requestId: number; mark: Mark }) {
  const t = useTranslations("requests");
  const { state, queryKey, update } = usePageState();
  const client = useQueryClient();
  const router = useRouter();
  const on = state?.[mark].includes(requestId) ?? false;
  const signIn = () =>
    router.push(`/sign-in?callbackUrl=${encodeURIComponent(`/requests/${requestId}`)}`);
  const mutation = useMutation({
    mutationFn: (next: boolean) => sendJson(ENDPOINT[mark], "PUT", { requestId, [mark]: next }),
    onMutate: async (next) => {
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<PageState>(queryKey);
      update((s) => ({
        ...s,
        [mark]: next ? [...s[mark], requestId] : s[mark].filter((id) => id !== requestId),
      }));
      return { previous };
    },
    onError: (error, _next, context) => {
      if (context?.previous) client.setQueryData(queryKey, context.previous);
      if (error instanceof ApiError && error.status === 401) signIn();
    },
    onSettled: () => client.invalidateQueries({ queryKey }),
  });
  const label =
    mark === "following"
      ? t(on ? "follow.following" : "follow.follow")
      : t(on ? "myList.pinned" : "myList.pin");
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => (state && !state.signedIn ? signIn() : mutation.mutate(!on))}
      className="rounded-full border border-line px-4 py-2 text-sm font-semibold"
    >
      {label}
    </button>
  );
}

export function FollowButton({ requestId }: { requestId: number }) {
  return <MarkButton requestId={requestId} mark="following" />;
}

export function PinButton({ requestId }: { requestId: number }) {
  return <MarkButton requestId={requestId} mark="pinned" />;
}
