// Runs once when the server starts. Everything it does needs Node.js, so it lives in
// instrumentation-node.ts, loaded only in the Node.js runtime: the Edge compile of this file then
// contains no Node API (and Next.js prints no warning about one).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
