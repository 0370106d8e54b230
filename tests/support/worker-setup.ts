import { afterAll } from 'vitest';
import { closeAppConnections } from './close-app-connections';

// Each test file is its own process: close the pools it opened so the worker exits promptly.
afterAll(async () => {
  await closeAppConnections();
});
