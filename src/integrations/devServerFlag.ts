// Tells the site's code whether it runs in `astro dev` or in `astro build`. `import.meta.env.DEV`
// cannot: Vite derives it from NODE_ENV, which a shell or a test runner may have set (under
// NODE_ENV=test a build reports DEV=true).
import type { AstroIntegration } from "astro";

/** An integration defining `__ARCHIVE_DEV_SERVER__`: true under `astro dev`, false otherwise. */
export function devServerFlag(): AstroIntegration {
  return {
    name: "press-archive:dev-server-flag",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __ARCHIVE_DEV_SERVER__: JSON.stringify(command === "dev") } } });
      },
    },
  };
}
