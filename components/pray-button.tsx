"use client";
// "I prayed": pressed once the person prayed for this request today. Optimistic, rolled back on failure;
// a visitor is sent to sign in and brought back to the request.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ApiError, sendJson } from "@/lib/api-client";
import { usePageState, type Counts, type PageState } from "./prayer-counts";

export function usePrayer(requestId: number) {
  const { state, queryKey, update } = usePageState();
  const client = useQueryClient();
  const router = useRouter();
  const prayed = state?.prayedToday.includes(requestId) ?? false;
  const mutation = useMutation({
    mutationFn: () => sendJson<{ counts: Counts }>("/api/prayers", "POST", { requestId }),
    onMutate: async () => {
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<PageState>(queryKey);
      update((s) => {
        if (s.prayedToday.includes(requestId)) return s;
        const counts = s.counts[requestId] ?? { times: 0, people: 0 };
        return {
          ...s,
          prayedToday: [...s.prayedToday, requestId],
          counts: { ...s.counts, [requestId]: { ...counts, times: counts.times + 1 } },
        };
      });
      return { previous };
    },
    onError: (error, _vars, context) => {
      if (context?.previous) client.setQueryData(queryKey, context.previous);
      if (error instanceof ApiError && error.status === 401) router.push(signInHref(requestId));
    },
    onSuccess: (result) => {
      update((s) => ({ ...s, counts: { ...s.counts, [requestId]: result.counts } }));
    },
    onSettled: () => client.invalidateQueries({ queryKey }),
  });
  const pray = () => {
    if (state && !state.signedIn) {
      router.push(signInHref(requestId));
      return;
    }
    mutation.mutate();
  };
  return { prayed, pray, pending: mutation.isPending, error: mutation.error };
}

function signInHref(requestId: number) {
  return `/sign-in?callbackUrl=${encodeURIComponent(`/requests/${requestId}`)}`;
}

export function PrayButton({ requestId, size = "md" }: { requestId: number; size?: "md" | "lg" }) {
  const { prayed, pray, error } = usePrayer(requestId);
  const padding = size === "lg" ? "px-6 py-3 text-lg" : "px-4 py-2";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={prayed}
        onClick={pray}
        className={`rounded-full border-2 font-semibold transition-colors ${padding} ${
          prayed
            ? "border-accent bg-accent text-accent-ink"
            : "border-accent text-accent hover:bg-request-bg"
        }`}
      >
        {prayed ? <span aria-hidden="true">✓ </span> : null}I prayed
      </button>
      {error && !(error instanceof ApiError && error.status === 401) ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error.message}
        </span>
      ) : null}
    </div>
  );
}
