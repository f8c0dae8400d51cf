// An SMTP server for the end-to-end suite: it accepts every message and shows them as JSON at
// http://127.0.0.1:$SMTP_SINK_HTTP_PORT/messages?to=address, so tests can follow e-mailed links.
import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 3125);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 3126);
const received: { to: string[]; subject: string; text: string; at: string }[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          at: new Date().toISOString(),
        });
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});
smtp.listen(smtpPort, "127.0.0.1");

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const to = url.searchParams.get("to")?.toLowerCase();
  const messages = to ? received.filter((m) => m.to.includes(to)) : received;
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify(messages));
}).listen(httpPort, "127.0.0.1");

console.log(
  `SMTP sink on 127.0.0.1:${smtpPort}, messages at http://127.0.0.1:${httpPort}/messages`,
);
