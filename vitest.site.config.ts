/** The `site` test project: Astro components rendered with Astro's container API, so it runs with Astro's Vite config. */
import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { name: 'site', include: ['tests/site/**/*.test.ts'] } });
