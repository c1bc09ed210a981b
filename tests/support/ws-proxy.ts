/**
 * The WebSocket → TCP bridge that Neon runs in front of its Postgres, in miniature: lets
 * @vercel/postgres (which speaks Postgres over WebSocket) reach the plain local test server.
 * Only loopback targets are allowed.
 */
import net from "node:net";
import { WebSocketServer } from "ws";
import { freePort } from "./ports";

export type WsProxy = { url: string; stop: () => Promise<void> };

export async function startWsProxy(): Promise<WsProxy> {
  const port = await freePort();
  const server = new WebSocketServer({ host: "127.0.0.1", port });
  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "http://proxy").searchParams.get("address") ?? "";
    const [host, targetPort] = address.split(":");
    if (!["localhost", "127.0.0.1"].includes(host ?? "") || !targetPort) return socket.close(1008, "loopback only");
    const tcp = net.connect(Number(targetPort), "127.0.0.1");
    tcp.on("data", (chunk) => socket.readyState === socket.OPEN && socket.send(chunk));
    socket.on("message", (data) => tcp.write(data as Buffer));
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.terminate());
    socket.on("close", () => tcp.destroy());
    socket.on("error", () => tcp.destroy());
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    url: `ws://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
