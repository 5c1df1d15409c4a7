import { loadConfig } from './config';
import { failStart, serve } from './serve';

/** Process entry of the bot (`npm start`, App Service). */
serve(() => loadConfig()).catch(failStart);
