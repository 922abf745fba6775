// The preview frame: the host API stand-in first, then the extension's preview script.
import './host-api.js';
import '../../preview-src/index.js';
