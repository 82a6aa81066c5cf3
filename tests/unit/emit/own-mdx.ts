/** What the emitter itself puts in a page's MDX, for the tests that check nothing else gets in. */
import { EVENT_DATA_COMPONENTS, EVENT_DATA_COMPONENTS_DIR } from '../../../generator/site-contract.ts';

const DATA_COMPONENTS = Object.values(EVENT_DATA_COMPONENTS);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One import line a page may have: Starlight's components, or one of ours that renders an event's data file. */
export const OWN_IMPORT_LINE = new RegExp(
  `^import (\\{ [A-Za-z, ]+ \\} from '@astrojs/starlight/components'|(${DATA_COMPONENTS.join('|')}) from '${escape(EVENT_DATA_COMPONENTS_DIR)}/\\2\\.astro');$`,
);

/** JSX elements the emitter writes: Starlight components, field anchors, the catalog box and our data components. */
export const OWN_ELEMENTS: ReadonlySet<string> = new Set(['Aside', 'Badge', 'a', 'div', ...DATA_COMPONENTS]);
