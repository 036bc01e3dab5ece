// Footsteps' built-in course library: the modules and courses every new organization starts
// with (the API loads them into the demo organization). Content is TypeScript so that it is
// type-checked against the module-kind schemas; `library.spec.ts` also runs it through each
// kind's full content validation.
import { LIBRARY_COURSES } from './courses.js';
import { journeyKeepMyNumber } from './modules/journey-keep-my-number.js';
import { journeySalonBookingApp } from './modules/journey-salon-booking-app.js';
import { journeyWashingMachine } from './modules/journey-washing-machine.js';
import { journeyWeddingTrip } from './modules/journey-wedding-trip.js';
import { listeningBouncedRent } from './modules/listening-bounced-rent.js';
import { listeningMissingParcel } from './modules/listening-missing-parcel.js';
import { listeningStoreAlarm } from './modules/listening-store-alarm.js';
import { listeningThirdCall } from './modules/listening-third-call.js';
import { recallBehindTheScenes } from './modules/recall-behind-the-scenes.js';
import { recallBestAndWorst } from './modules/recall-best-and-worst.js';
import { recallWhenItWentWrong } from './modules/recall-when-it-went-wrong.js';
import type { LibraryModule } from './types.js';

export type { LibraryCourse, LibraryIndustry, LibraryModule, LibraryModuleKind } from './types.js';
export { ORGANIZATION_JOURNEY_STAGES, ANALOGOUS_INDUSTRIES } from './journey-stages.js';

/** Every built-in module, grouped by kind, each group from the most familiar situation on. */
export const LIBRARY_MODULES: LibraryModule[] = [
  recallBestAndWorst,
  recallWhenItWentWrong,
  recallBehindTheScenes,
  journeyWashingMachine,
  journeyKeepMyNumber,
  journeySalonBookingApp,
  journeyWeddingTrip,
  listeningMissingParcel,
  listeningThirdCall,
  listeningBouncedRent,
  listeningStoreAlarm,
];

export { LIBRARY_COURSES };

/** The built-in module with this slug, or undefined. */
export function findLibraryModule(slug: string): LibraryModule | undefined {
  return LIBRARY_MODULES.find((m) => m.slug === slug);
}
