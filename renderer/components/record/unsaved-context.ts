import { createContext } from 'react';
import type { UnsavedSources } from './unsaved-sources';

/** The app's registry of editors with unsaved changes; null outside UnsavedChangesProvider. */
export const UnsavedContext = createContext<UnsavedSources | null>(null);
