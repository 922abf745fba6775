import { startSscServer } from './start.js';

startSscServer();
