// Drops and re-creates one database on the PostgreSQL server in DATABASE_URL; prints its URL.
import pg from "pg";

async function main() {
  const name = process.argv[2];
  const server = process.env.DATABASE_URL;
  if (!name || !/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error("Usage: fresh-postgres-db NAME (lower case letters, digits, _)");
  if (!server?.startsWith("postgres")) throw new Error("DATABASE_URL must be a postgres:// URL");
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(url.toString());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
