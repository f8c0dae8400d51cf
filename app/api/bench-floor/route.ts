// The framework's floor for `npm run bench`: an empty route handler in the app's own build, measured
// in the same run as the pages. It answers only when the server was started for a benchmark.
export const dynamic = "force-dynamic";

const off = () => new Response(null, { status: 404 });
const enabled = () => process.env.INTERCEDE_BENCH_FLOOR === "1";

export function GET(): Response {
  return enabled() ? Response.json({ ok: true }) : off();
}

export function POST(): Response {
  return enabled() ? Response.json({ ok: true }) : off();
}
