import type { Feature } from '../featureContext';
import { registerDiagnostics } from './diagnostics';

/** Every editor feature, in the order they are activated. Add new features here. */
export const FEATURES: readonly Feature[] = [
  registerDiagnostics,
];
