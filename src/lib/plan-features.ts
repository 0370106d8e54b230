/**
 * The closed set of features a plan can carry, each checked where the feature is used (see `enforcedAt`): a plan
 * cannot list a flag nobody checks. Shared by the owner console (plan form, domain page) and the tenant plane.
 */
const PLAN_FEATURES = {
  appointments: { label: 'Appointments', noun: 'appointments', enforcedAt: 'booking an appointment' },
  'medical-records': {
    label: 'Medical records',
    noun: 'medical records',
    enforcedAt: 'starting a medical record',
  },
  inventory: { label: 'Inventory', noun: 'inventory', enforcedAt: 'adding an inventory item' },
  prescriptions: { label: 'Prescriptions', noun: 'prescriptions', enforcedAt: 'writing a prescription' },
  'medical-imaging': {
    label: 'Medical imaging',
    noun: 'medical imaging',
    enforcedAt: 'uploading a medical image (DICOM, or the medical-imaging category)',
  },
  'custom-domain': {
    label: 'Custom domain',
    noun: 'custom domains',
    enforcedAt: 'adding a custom domain (console, API, or at tenant creation)',
  },
  'priority-support': {
    label: 'Priority support',
    noun: 'priority support',
    enforcedAt: "the clinic's help menu offers the priority support line",
  },
} as const;

export type PlanFeature = keyof typeof PLAN_FEATURES;
export const PLAN_FEATURE_KEYS = Object.keys(PLAN_FEATURES) as [PlanFeature, ...PlanFeature[]];

export function isPlanFeature(value: string): value is PlanFeature {
  return Object.hasOwn(PLAN_FEATURES, value);
}

/** "The Basic plan does not include custom domains. …": the message of PLAN_FEATURE_UNAVAILABLE, on both planes. */
export function planFeatureUnavailableMessage(
  planName: string,
  feature: PlanFeature,
  who: 'clinic' | 'owner',
): string {
  const label = PLAN_FEATURES[feature].noun;
  return who === 'owner'
    ? `The ${planName} plan does not include ${label}. Move the clinic to a plan with "${feature}" first (Subscription tab).`
    : `The ${planName} plan does not include ${label}. Ask the SmartDMV operator about a plan that does.`;
}
