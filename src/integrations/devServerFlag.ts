// The dev server's side of the archive. It tells the site's code whether it runs in `astro dev`
// or in `astro build` (`import.meta.env.DEV` cannot: Vite derives it from NODE_ENV, which a shell
// or a test runner may have set; under NODE_ENV=test a build reports DEV=true). And it watches the
// content folder, wherever it is: a change there makes Astro forget the pages' cached data and the
// browser reload. The search page's dependency is bundled from the start.
import type { AstroIntegration } from "astro";
import { contentDirFromEnv } from "../io/settings.ts";

/** An integration defining `__ARCHIVE_DEV_SERVER__` (true under `astro dev`) and watching the content in dev. */
export function devServerFlag(): AstroIntegration {
  return {
    name: "press-archive:dev-server",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            define: { __ARCHIVE_DEV_SERVER__: JSON.stringify(command === "dev") },
            // The search page's script is found only when the page is first opened; Vite then
            // bundles its dependency anew, and the page's request for the old bundle failed (504
            // "Outdated Optimize Dep"): the first search of a fresh dev server did nothing.
            optimizeDeps: { include: ["fuse.js"] },
          },
        });
      },
      "astro:server:setup": ({ server }) => {
        const contentDir = contentDirFromEnv();
        server.watcher.add(contentDir);
        server.watcher.on("all", (_event, file) => {
          if (file.startsWith(contentDir)) server.ws.send({ type: "full-reload" });
        });
      },
    },
  };
}
