import type { Feature } from '../featureContext';
import { registerCitationHover } from './citationHover';
import { registerCitationLinks } from './citationLinks';
import { registerCitationTable } from './citationTable';
import { registerCitationVerify } from './citationVerify';
import { registerDiagnostics } from './diagnostics';
import { registerFolding } from './folding';
import { registerMonellCodeActions } from './monellCodeActions';
import { registerMonellElements } from './monellElements';
import { registerMonellWorkspaceCheck } from './monellWorkspaceCheck';
import { registerPrimerCommands } from './primerCommands';
import { registerPrimerHover } from './primerHover';
import { registerOutline } from './outline';
import { registerPrimerView } from './primerView';
import { registerRenumber } from './renumber';

/** Every editor feature, in the order they are activated. Add new features here. */
export const FEATURES: readonly Feature[] = [
  registerDiagnostics,
  registerCitationLinks,
  registerCitationHover,
  registerCitationTable,
  registerCitationVerify,
  registerMonellCodeActions,
  registerMonellElements,
  registerMonellWorkspaceCheck,
  registerPrimerCommands,
  registerPrimerHover,
  registerPrimerView,
  registerOutline,
  registerFolding,
  registerRenumber,
];
