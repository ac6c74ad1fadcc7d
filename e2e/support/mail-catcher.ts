/**
 * The e2e suite's mail server: the app sends to it over SMTP, tests read from it over HTTP.
 *   GET    /health                 200 when ready
 *   GET    /messages?to=<address>  parsed messages (optionally to one address), oldest first
 *   DELETE /messages               forget everything
 * Run with tsx; ports from MAIL_CATCHER_SMTP_PORT and MAIL_CATCHER_HTTP_PORT.
 */
import { createServer } from "node:http";
import { startSmtpServer } from "../../lib/testing/smtp";

const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 3125);
const httpPort = Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 3126);

const smtp = await startSmtpServer({ port: smtpPort });

const http = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === "/health") return send(200, { ok: true, smtp: smtp.url });
  if (url.pathname !== "/messages") return send(404, { error: "not found" });
  if (req.method === "DELETE") {
    smtp.clear();
    return send(200, { ok: true });
  }
  const to = url.searchParams.get("to")?.toLowerCase();
  send(200, to ? smtp.messages.filter((m) => m.to.includes(to)) : smtp.messages);
});
http.listen(httpPort, "127.0.0.1", () => {
  console.log(`[mail-catcher] SMTP ${smtp.url}, HTTP http://127.0.0.1:${httpPort}`);
});

const shutdown = () => {
  http.close();
  void smtp.stop().finally(() => process.exit(0));
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
