// zod, as every schema in the app imports it. Schemas run in the browser too, under a
// Content-Security-Policy that forbids eval: zod's optional speed-up compiles parsers with
// `new Function`, so it is switched off here, before any schema is built (zod decides per schema,
// when the schema is created).
import { z } from "zod";

z.config({ jitless: true });

export { z };
