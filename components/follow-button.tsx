"use client";
// Follow a request to hear when it moves; pressed while following.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { ApiError, sendJson } from "@/lib/api-client";
import { usePageState, type PageState } from "./prayer-counts";

export function FollowButton({ requestId }: { requestId: number }) {
  const t = useTranslations("requests");
  const { state, queryKey, update } = usePageState();
  const client = useQueryClient();
  const router = useRouter();
  const following = state?.following.includes(requestId) ?? false;
  const signIn = () =>
    router.push(`/sign-in?callbackUrl=${encodeURIComponent(`/requests/${requestId}`)}`);
  const mutation = useMutation({
    mutationFn: (next: boolean) => sendJson("/api/follows", "PUT", { requestId, following: next }),
    onMutate: async (next) => {
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<PageState>(queryKey);
      update((s) => ({
        ...s,
        following: next
          ? [...s.following, requestId]
          : s.following.filter((id) => id !== requestId),
      }));
      return { previous };
    },
    onError: (error, _next, context) => {
      if (context?.previous) client.setQueryData(queryKey, context.previous);
      if (error instanceof ApiError && error.status === 401) signIn();
    },
    onSettled: () => client.invalidateQueries({ queryKey }),
  });
  return (
    <button
      type="button"
      aria-pressed={following}
      onClick={() => (state && !state.signedIn ? signIn() : mutation.mutate(!following))}
      className="rounded-full border border-line px-4 py-2 text-sm font-semibold"
    >
      {following ? t("follow.following") : t("follow.follow")}
    </button>
  );
}
