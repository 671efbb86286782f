import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";

/** A running `astro dev` on 127.0.0.1: its origin, everything it has printed, and how to stop it. */
export interface DevServer {
  origin: string;
  /** What the server has printed so far (stdout and stderr). */
  output(): string;
  /** Stops the server and its children (the process group it leads). */
  stop(): void;
}

/** A port free on 127.0.0.1 now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Retries `check` until it returns true or `ms` pass; fails naming `what` and what `said()` gives. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  said: () => string = () => "",
  ms = 60_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}; dev server said:\n${said()}`);
}

/** Starts `astro dev` on a free port of 127.0.0.1 for a content folder, and waits until `/` answers 200. */
export async function startDevServer(options: { contentDir: string; cacheDir: string }): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = "";
  const server: ChildProcess = spawn(
    process.execPath,
    [path.resolve("node_modules/astro/astro.js"), "dev", "--host", "127.0.0.1", "--port", String(port)],
    {
      detached: true,
      env: {
        ...process.env,
        TZ: "UTC",
        ARCHIVE_CONTENT_DIR: options.contentDir,
        ARCHIVE_CACHE_DIR: options.cacheDir,
        ASTRO_TELEMETRY_DISABLED: "1",
        ASTRO_DISABLE_UPDATE_CHECK: "true",
        NO_COLOR: "1",
      },
    },
  );
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const dev: DevServer = {
    origin,
    output: () => output,
    stop: () => {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    },
  };
  await waitFor("the dev server", async () => (await fetch(`${origin}/`)).status === 200, dev.output, 90_000);
  return dev;
}
