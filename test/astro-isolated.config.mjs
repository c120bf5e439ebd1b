// The site's own Astro config with its own cache folder, for test builds from another content folder
// (SLH_CONTENT_DIR). Astro's content cache recognises entries by id and content, not by file path, so a
// build sharing the default cache can reuse entries that point into a temporary folder deleted since.
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env['SLH_ASTRO_CACHE_DIR'] ?? './node_modules/.astro-test' };
