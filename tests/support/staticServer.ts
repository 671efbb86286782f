import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/** A built site served on 127.0.0.1 (a free port), as a static host would serve it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 with sirv; unknown paths get the site's 404.html with status 404. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const files = sirv(root, { dev: false, etag: false, extensions: ["html"] });
  const notFound = readFileSync(path.join(root, "404.html"));
  const server: Server = createServer((req, res) => {
    files(req, res, () => {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
