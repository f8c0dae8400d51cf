// SQLite allows one writer at a time, and libsql's local driver waits for a busy lock synchronously,
// blocking the event loop — so two overlapping write transactions in one process would stall each
// other until the busy timeout. This wrapper queues writes (and transactions) in-process instead;
// reads still run at once on other connections (WAL gives them a consistent snapshot).
import type { Client, InStatement, Transaction } from "@libsql/client";

const WRITE =
  /^\s*(insert|update|delete|replace|create|drop|alter|pragma|with|begin|vacuum|reindex)\b/i;

function statementText(statement: InStatement): string {
  return typeof statement === "string" ? statement : statement.sql;
}

export function serializeWrites(client: Client): Client {
  let tail: Promise<void> = Promise.resolve();
  const lock = async (): Promise<() => void> => {
    let release!: () => void;
    const previous = tail;
    tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    return release;
  };
  const locked = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await lock();
    try {
      return await run();
    } finally {
      release();
    }
  };
  const wrapTransaction = (tx: Transaction, release: () => void): Transaction => {
    let released = false;
    const done = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    return new Proxy(tx, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== "function") return value;
        if (prop === "commit" || prop === "rollback") {
          return async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            } finally {
              done();
            }
          };
        }
        if (prop === "close") {
          return (...args: unknown[]) => {
            try {
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            } finally {
              done();
            }
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      const method = value as (...a: unknown[]) => Promise<unknown>;
      switch (prop) {
        case "execute":
          return (statement: InStatement, ...rest: unknown[]) =>
            WRITE.test(statementText(statement))
              ? locked(() => method.call(target, statement, ...rest))
              : method.call(target, statement, ...rest);
        case "batch":
        case "executeMultiple":
        case "migrate":
          return (...args: unknown[]) => locked(() => method.apply(target, args));
        case "transaction":
          return async (...args: unknown[]) => {
            const release = await lock();
            try {
              return wrapTransaction((await method.apply(target, args)) as Transaction, release);
            } catch (error) {
              release();
              throw error;
            }
          };
        default:
          return method.bind(target);
      }
    },
  });
}
