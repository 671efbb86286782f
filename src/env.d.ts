/** True when the code runs in `astro dev`, false in `astro build` (src/integrations/devServerFlag.ts). */
declare const __ARCHIVE_DEV_SERVER__: boolean;
