// An SMTP server for tests (smtp-server, in-process) that records what it accepts, by Message-ID.
// It can refuse recipients (451), answer each message after a pause, and hold its answers while a
// test kills the sender. A message counts as accepted only when the server answers 250 on a
// connection that is still open: a sender that died before the answer did not hand it over (as with
// a real server, which takes responsibility for a message only with its 250).
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

export interface AcceptedMessage {
  messageId: string;
  to: string[];
  raw: string;
}

export interface SmtpCaptureOptions {
  /** Pause before each answer (ms). */
  answerDelayMs?: number;
  /** Called when a message has arrived, before it is answered (a test may kill the sender here). */
  onArrival?: (arrived: number) => void;
}

export interface SmtpCapture {
  url: string;
  accepted: AcceptedMessage[];
  /** Messages that arrived but whose sender was gone before the answer. */
  dropped: number;
  /** Messages arrived and not yet answered. */
  readonly waiting: number;
  /** Recipients refused with a 451 once each; refused every time. */
  refuseOnce: Set<string>;
  refuseAlways: Set<string>;
  /** While held, arrived messages wait for release() before their answer. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

function messageIdOf(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  return /^message-id:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? "";
}

export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const closed = new Set<string>();
  let held: (() => void)[] | null = null;
  let arrived = 0;
  let waiting = 0;
  const capture: Omit<SmtpCapture, "url" | "waiting"> & { url: string } = {
    url: "",
    accepted: [],
    dropped: 0,
    refuseOnce: new Set(),
    refuseAlways: new Set(),
    hold() {
      held ??= [];
    },
    release() {
      const answers = held ?? [];
      held = null;
      for (const answer of answers) answer();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const answer = (session: SMTPServerSession, raw: string, callback: () => void) => {
    waiting -= 1;
    if (closed.has(session.id)) {
      capture.dropped += 1;
      return;
    }
    capture.accepted.push({
      messageId: messageIdOf(raw),
      to: session.envelope.rcptTo.map((r) => r.address),
      raw,
    });
    callback();
  };

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (capture.refuseOnce.delete(address.address) || capture.refuseAlways.has(address.address)) {
        callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        waiting += 1;
        arrived += 1;
        options.onArrival?.(arrived);
        const respond = () => answer(session, raw, () => callback());
        const afterPause = () => (held ? held.push(respond) : respond());
        if (options.answerDelayMs) setTimeout(afterPause, options.answerDelayMs);
        else afterPause();
      });
    },
    onClose(session) {
      closed.add(session.id);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  capture.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return Object.defineProperty(capture, "waiting", { get: () => waiting }) as SmtpCapture;
}
