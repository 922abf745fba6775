import * as path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** Where the screenshots of the process views (plan, review, salience, trajectories) land. */
export const VIEW_SHOTS = path.join(ROOT, 'test-results', 'views');
