/** Every fixture site, in start order. */
import type { SiteDefinition } from '../site-model.js';
import { drupal } from './drupal.js';
import { faultsSite } from './faults-site.js';
import { liferay } from './liferay.js';
import { newspaper } from './newspaper.js';
import { nukeviet } from './nukeviet.js';
import { sharepointJs } from './sharepoint-js.js';
import { sharepoint } from './sharepoint.js';
import { wordpress } from './wordpress.js';

export const SITE_DEFINITIONS: readonly SiteDefinition[] = [nukeviet, drupal, sharepoint, newspaper, wordpress, liferay, sharepointJs, faultsSite];

export const SITE_IDS: readonly string[] = SITE_DEFINITIONS.map((d) => d.id);

/** The site that carries the fault catalogue; it takes no golden articles. */
export const FAULTS_SITE_ID = faultsSite.id;
