import type { AppointmentType } from '@/lib/domain/tenant/appointments';
import type { TenantRole } from '@/lib/domain/tenant/permissions';
import type { ControlledSchedule } from '@/lib/domain/tenant/inventory';

/**
 * Fixed ingredients of the demo clinics. Everything random about them comes from a seeded generator (see
 * seed-random.ts), so two runs on fresh databases produce the same clinic.
 */

export type DemoTenantSpec = {
  slug: string;
  name: string;
  primaryColor: string;
  /** Each practice's IANA time zone fits its address: the calendar shows the clinic's own clock. */
  practices: Array<{ name: string; address: string; phone: string; email: string; timezone: string }>;
  /** Email domain of the staff accounts. */
  emailDomain: string;
  staff: Array<{
    key: 'admin' | 'vet1' | 'vet2' | 'tech' | 'reception';
    name: string;
    role: TenantRole;
  }>;
  /** Seed of the generator, so each clinic gets its own clients and animals. */
  seed: number;
};

export const DEMO_TENANTS: DemoTenantSpec[] = [
  {
    slug: 'happy-paws',
    name: 'Happy Paws Veterinary Clinic',
    primaryColor: '#0f766e',
    emailDomain: 'happy-paws.example',
    seed: 1013,
    practices: [
      {
        name: 'Happy Paws — Main Street',
        address: '12 Main Street, Springfield, IL 62701',
        timezone: 'America/Chicago',
        phone: '+1 555 0100',
        email: 'main@happy-paws.example',
      },
      {
        name: 'Happy Paws — Northside',
        address: '480 North Avenue, Springfield, IL 62702',
        timezone: 'America/Chicago',
        phone: '+1 555 0180',
        email: 'north@happy-paws.example',
      },
    ],
    staff: [
      { key: 'admin', name: 'Alex Morgan', role: 'ADMIN' },
      { key: 'vet1', name: 'Dr. Priya Shah', role: 'VETERINARIAN' },
      { key: 'vet2', name: 'Dr. Tomás Rivera', role: 'VETERINARIAN' },
      { key: 'tech', name: 'Jamie Chen', role: 'TECHNICIAN' },
      { key: 'reception', name: 'Sam Okafor', role: 'RECEPTIONIST' },
    ],
  },
  {
    slug: 'riverside-vets',
    name: 'Riverside Veterinary Hospital',
    primaryColor: '#4338ca',
    emailDomain: 'riverside-vets.example',
    seed: 2027,
    practices: [
      {
        name: 'Riverside Veterinary Hospital',
        address: '3 Riverside Drive, Millbrook, NY 12545',
        timezone: 'America/New_York',
        phone: '+1 555 0200',
        email: 'hello@riverside-vets.example',
      },
    ],
    staff: [
      { key: 'admin', name: 'Morgan Ellis', role: 'ADMIN' },
      { key: 'vet1', name: 'Dr. Hannah Lindqvist', role: 'VETERINARIAN' },
      { key: 'vet2', name: 'Dr. Kwame Mensah', role: 'VETERINARIAN' },
      { key: 'tech', name: 'Riley Novak', role: 'TECHNICIAN' },
      { key: 'reception', name: 'Casey Brooks', role: 'RECEPTIONIST' },
    ],
  },
];

export const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Ava',
  'Elijah',
  'Sophia',
  'Lucas',
  'Mia',
  'Mateo',
  'Isabella',
  'Levi',
  'Amara',
  'Ethan',
  'Chloe',
  'Aarav',
  'Grace',
  'Yusuf',
  'Nora',
  'Hiro',
  'Zoe',
  'Daniel',
  'Leila',
  'Owen',
  'Freya',
  'Samuel',
  'Ines',
  'Jonah',
  'Maya',
  'Felix',
];
export const LAST_NAMES = [
  'Anderson',
  'Bennett',
  'Carter',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ibrahim',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Martins',
  'Nakamura',
  'Oliveira',
  'Patel',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Thompson',
  'Umar',
  'Varga',
  'Walsh',
  'Xu',
  'Young',
  'Zimmer',
];
export const STREETS = [
  'Oak Lane',
  'Maple Road',
  'Cedar Court',
  'Willow Way',
  'Birch Street',
  'Elm Grove',
  'Harbour Road',
  'Mill Lane',
];

export type SpeciesSpec = {
  species: string;
  breeds: string[];
  names: string[];
  colours: string[];
  /** Typical adult weight range in kg. */
  weightKg: [number, number];
  /** Relative frequency in the patient list. */
  share: number;
};

export const SPECIES: SpeciesSpec[] = [
  {
    species: 'Dog',
    breeds: [
      'Labrador Retriever',
      'Border Collie',
      'French Bulldog',
      'German Shepherd',
      'Dachshund',
      'Beagle',
      'Golden Retriever',
      'Mixed breed',
    ],
    names: [
      'Bella',
      'Max',
      'Luna',
      'Charlie',
      'Daisy',
      'Rocky',
      'Milo',
      'Poppy',
      'Buddy',
      'Rosie',
      'Biscuit',
      'Scout',
      'Maple',
      'Ziggy',
      'Bailey',
      'Cooper',
      'Ruby',
      'Teddy',
      'Winston',
      'Hazel',
      'Murphy',
      'Juniper',
      'Otis',
      'Penny',
      'Bruno',
      'Sadie',
      'Finn',
      'Lola',
      'Archie',
      'Nova',
      'Gus',
      'Willow',
    ],
    colours: ['Black', 'Yellow', 'Tricolour', 'Brindle', 'Chocolate', 'Tan and white', 'Golden'],
    weightKg: [6, 38],
    share: 45,
  },
  {
    species: 'Cat',
    breeds: [
      'Domestic Shorthair',
      'Maine Coon',
      'Siamese',
      'British Shorthair',
      'Ragdoll',
      'Domestic Longhair',
    ],
    names: [
      'Oliver',
      'Cleo',
      'Simba',
      'Nala',
      'Tiger',
      'Misty',
      'Pepper',
      'Smokey',
      'Willow',
      'Mochi',
      'Jasper',
      'Luna',
      'Felix',
      'Olive',
      'Leo',
      'Binx',
      'Mittens',
      'Saffron',
      'Theo',
      'Juno',
      'Marmalade',
      'Sushi',
      'Pixel',
    ],
    colours: ['Tabby', 'Black', 'Ginger', 'Tortoiseshell', 'Grey', 'Seal point', 'Calico'],
    weightKg: [3, 7],
    share: 35,
  },
  {
    species: 'Rabbit',
    breeds: ['Holland Lop', 'Netherland Dwarf', 'Lionhead', 'Mini Rex'],
    names: ['Thumper', 'Clover', 'Hazel', 'Bun Bun', 'Pip'],
    colours: ['White', 'Agouti', 'Broken black', 'Fawn'],
    weightKg: [1.2, 2.8],
    share: 8,
  },
  {
    species: 'Bird',
    breeds: ['Cockatiel', 'Budgerigar', 'African Grey Parrot'],
    names: ['Kiwi', 'Sunny', 'Echo', 'Rio'],
    colours: ['Grey', 'Green', 'Yellow'],
    weightKg: [0.04, 0.45],
    share: 5,
  },
  {
    species: 'Guinea pig',
    breeds: ['Abyssinian', 'American', 'Peruvian'],
    names: ['Pumpkin', 'Nibbles', 'Ginger', 'Oreo'],
    colours: ['Tricolour', 'White and brown', 'Cream'],
    weightKg: [0.8, 1.2],
    share: 4,
  },
  {
    species: 'Ferret',
    breeds: ['Standard'],
    names: ['Bandit', 'Noodle', 'Loki'],
    colours: ['Sable', 'Albino', 'Cinnamon'],
    weightKg: [0.7, 2],
    share: 3,
  },
];

/**
 * Healthy adult weight ranges (kg) by breed, so a 3-year-old Golden Retriever weighs 25–34 kg, not 12. Breeds not
 * listed use their species' range. Young animals are lighter: see demoWeightAtAge.
 */
export const BREED_WEIGHT_KG: Record<string, [number, number]> = {
  'Labrador Retriever': [25, 36],
  'Border Collie': [14, 20],
  'French Bulldog': [8, 13],
  'German Shepherd': [22, 40],
  Dachshund: [7, 14],
  Beagle: [9, 14],
  'Golden Retriever': [25, 34],
  'Mixed breed': [8, 30],
  'Domestic Shorthair': [3.5, 5.5],
  'Maine Coon': [5, 8],
  Siamese: [3, 5],
  'British Shorthair': [4, 7],
  Ragdoll: [4.5, 7],
  'Domestic Longhair': [3.5, 6],
  'Holland Lop': [1.3, 1.8],
  'Netherland Dwarf': [0.9, 1.2],
  Lionhead: [1.2, 1.7],
  'Mini Rex': [1.5, 2],
  Cockatiel: [0.08, 0.11],
  Budgerigar: [0.03, 0.04],
  'African Grey Parrot': [0.4, 0.55],
};

/**
 * A weight for an animal `ageDays` old whose adult weight is `adultKg`: growing through its first year (from a
 * quarter of the adult weight at birth), adult after.
 */
export function demoWeightAtAge(adultKg: number, ageDays: number): number {
  const grown = Math.min(1, Math.max(0, ageDays) / 365);
  return adultKg * (0.25 + 0.75 * grown);
}

/**
 * The species each demo drug is labelled for: the demo prescribes a drug only to those (no carprofen for a
 * budgerigar, no oclacitinib for a rabbit). Drugs not listed are never prescribed by the demo.
 */
export const LABELLED_SPECIES: Record<string, string[]> = {
  'AMOX-250': ['Dog', 'Cat'],
  'CARP-75': ['Dog'],
  'MELOX-15': ['Dog', 'Cat'],
  'CLAV-50': ['Dog', 'Cat'],
  'METRO-250': ['Dog', 'Cat'],
  'PRED-5': ['Dog', 'Cat'],
  'MARO-16': ['Dog', 'Cat'],
  'APOQ-16': ['Dog'],
  'GABA-100': ['Dog', 'Cat'],
  'BUPR-03': ['Dog', 'Cat'],
  'HYDRO-2': ['Dog', 'Cat'],
};

export const ALLERGIES = ['Penicillin', 'Chicken protein', 'NSAIDs — vomiting on meloxicam', 'Flea saliva'];
export const ALERTS = [
  'Nervous — muzzle for examination',
  'Bites when restrained',
  'Diabetic — insulin twice daily',
  'Heart murmur grade II/VI',
];

export type DemoItem = {
  sku: string;
  name: string;
  category: 'MEDICATION' | 'VACCINE' | 'SUPPLY' | 'FOOD';
  unit: string;
  reorderLevel: number;
  /** Stock after the demo's dispenses: at or below reorderLevel makes it "low". */
  onHand: number;
  costMinor: number;
  priceMinor: number;
  schedule?: ControlledSchedule;
  /** Days from today until the stock on the shelf expires; small numbers land in the "expiring soon" list. */
  expiresInDays: number;
  /** Prescription defaults when the demo prescribes this drug. */
  rx?: {
    strength: string;
    dose: string;
    route: string;
    frequency: string;
    durationDays: number;
    quantity: number;
  };
};

export const DEMO_ITEMS: DemoItem[] = [
  {
    sku: 'AMOX-250',
    name: 'Amoxicillin 250 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 100,
    onHand: 420,
    costMinor: 12,
    priceMinor: 45,
    expiresInDays: 400,
    rx: {
      strength: '250 mg',
      dose: '1 tablet',
      route: 'Oral',
      frequency: 'Twice daily',
      durationDays: 7,
      quantity: 14,
    },
  },
  {
    sku: 'CARP-75',
    name: 'Carprofen 75 mg chewable tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 60,
    onHand: 48,
    costMinor: 35,
    priceMinor: 110,
    expiresInDays: 210,
    rx: {
      strength: '75 mg',
      dose: '1 tablet',
      route: 'Oral',
      frequency: 'Once daily with food',
      durationDays: 10,
      quantity: 10,
    },
  },
  {
    sku: 'MELOX-15',
    name: 'Meloxicam oral suspension 1.5 mg/ml',
    category: 'MEDICATION',
    unit: 'ml',
    reorderLevel: 50,
    onHand: 300,
    costMinor: 8,
    priceMinor: 30,
    expiresInDays: 25,
    rx: {
      strength: '1.5 mg/ml',
      dose: '0.1 mg/kg',
      route: 'Oral',
      frequency: 'Once daily',
      durationDays: 5,
      quantity: 10,
    },
  },
  {
    sku: 'CLAV-50',
    name: 'Amoxicillin/clavulanate 50 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 80,
    onHand: 260,
    costMinor: 20,
    priceMinor: 70,
    expiresInDays: 330,
    rx: {
      strength: '50 mg',
      dose: '1 tablet',
      route: 'Oral',
      frequency: 'Twice daily',
      durationDays: 7,
      quantity: 14,
    },
  },
  {
    sku: 'METRO-250',
    name: 'Metronidazole 250 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 50,
    onHand: 22,
    costMinor: 10,
    priceMinor: 40,
    expiresInDays: 18,
    rx: {
      strength: '250 mg',
      dose: '1/2 tablet',
      route: 'Oral',
      frequency: 'Twice daily',
      durationDays: 5,
      quantity: 5,
    },
  },
  {
    sku: 'PRED-5',
    name: 'Prednisolone 5 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 60,
    onHand: 180,
    costMinor: 6,
    priceMinor: 25,
    expiresInDays: 500,
    rx: {
      strength: '5 mg',
      dose: '1 tablet',
      route: 'Oral',
      frequency: 'Once daily, tapering',
      durationDays: 14,
      quantity: 14,
    },
  },
  {
    sku: 'MARO-16',
    name: 'Maropitant 16 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 20,
    onHand: 36,
    costMinor: 180,
    priceMinor: 420,
    expiresInDays: 260,
    rx: {
      strength: '16 mg',
      dose: '1 tablet',
      route: 'Oral',
      frequency: 'Once daily',
      durationDays: 3,
      quantity: 3,
    },
  },
  {
    sku: 'APOQ-16',
    name: 'Oclacitinib 16 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 40,
    onHand: 140,
    costMinor: 150,
    priceMinor: 390,
    expiresInDays: 380,
    rx: {
      strength: '16 mg',
      dose: '1 tablet',
      route: 'Oral',
      frequency: 'Twice daily for 14 days, then once daily',
      durationDays: 28,
      quantity: 42,
    },
  },
  {
    sku: 'GABA-100',
    name: 'Gabapentin 100 mg capsules',
    category: 'MEDICATION',
    unit: 'capsule',
    reorderLevel: 60,
    onHand: 190,
    costMinor: 14,
    priceMinor: 55,
    schedule: 'V',
    expiresInDays: 290,
    rx: {
      strength: '100 mg',
      dose: '1 capsule',
      route: 'Oral',
      frequency: 'Every 8–12 hours',
      durationDays: 7,
      quantity: 14,
    },
  },
  {
    sku: 'BUPR-03',
    name: 'Buprenorphine 0.3 mg/ml injection',
    category: 'MEDICATION',
    unit: 'ml',
    reorderLevel: 10,
    onHand: 8,
    costMinor: 900,
    priceMinor: 2200,
    schedule: 'III',
    expiresInDays: 140,
    rx: {
      strength: '0.3 mg/ml',
      dose: '0.02 mg/kg',
      route: 'Buccal',
      frequency: 'Every 8 hours',
      durationDays: 3,
      quantity: 2,
    },
  },
  {
    sku: 'BUTO-10',
    name: 'Butorphanol 10 mg/ml injection',
    category: 'MEDICATION',
    unit: 'ml',
    reorderLevel: 10,
    onHand: 24,
    costMinor: 1100,
    priceMinor: 2600,
    schedule: 'IV',
    expiresInDays: 200,
  },
  {
    sku: 'DIAZ-5',
    name: 'Diazepam 5 mg/ml injection',
    category: 'MEDICATION',
    unit: 'ml',
    reorderLevel: 10,
    onHand: 30,
    costMinor: 400,
    priceMinor: 1100,
    schedule: 'IV',
    expiresInDays: 12,
  },
  {
    sku: 'HYDRO-2',
    name: 'Hydromorphone 2 mg/ml injection',
    category: 'MEDICATION',
    unit: 'ml',
    reorderLevel: 5,
    onHand: 12,
    costMinor: 1400,
    priceMinor: 3500,
    schedule: 'II',
    expiresInDays: 160,
    rx: {
      strength: '2 mg/ml',
      dose: '0.05 mg/kg',
      route: 'IV',
      frequency: 'Every 4–6 hours while hospitalised',
      durationDays: 1,
      quantity: 1,
    },
  },
  {
    sku: 'KETA-100',
    name: 'Ketamine 100 mg/ml injection',
    category: 'MEDICATION',
    unit: 'ml',
    reorderLevel: 10,
    onHand: 40,
    costMinor: 600,
    priceMinor: 1600,
    schedule: 'III',
    expiresInDays: 300,
  },
  {
    sku: 'VAC-DHPP',
    name: 'DHPP vaccine (canine)',
    category: 'VACCINE',
    unit: 'dose',
    reorderLevel: 20,
    onHand: 64,
    costMinor: 900,
    priceMinor: 3200,
    expiresInDays: 120,
  },
  {
    sku: 'VAC-RAB',
    name: 'Rabies vaccine (1-year)',
    category: 'VACCINE',
    unit: 'dose',
    reorderLevel: 20,
    onHand: 15,
    costMinor: 700,
    priceMinor: 2800,
    expiresInDays: 27,
  },
  {
    sku: 'VAC-FVRCP',
    name: 'FVRCP vaccine (feline)',
    category: 'VACCINE',
    unit: 'dose',
    reorderLevel: 15,
    onHand: 42,
    costMinor: 850,
    priceMinor: 3000,
    expiresInDays: 150,
  },
  {
    sku: 'SYR-3',
    name: 'Syringe 3 ml, luer lock',
    category: 'SUPPLY',
    unit: 'piece',
    reorderLevel: 200,
    onHand: 850,
    costMinor: 9,
    priceMinor: 0,
    expiresInDays: 900,
  },
  {
    sku: 'CATH-22',
    name: 'IV catheter 22G',
    category: 'SUPPLY',
    unit: 'piece',
    reorderLevel: 50,
    onHand: 35,
    costMinor: 95,
    priceMinor: 0,
    expiresInDays: 700,
  },
  {
    sku: 'LRS-1L',
    name: "Lactated Ringer's solution 1 l",
    category: 'SUPPLY',
    unit: 'bag',
    reorderLevel: 24,
    onHand: 60,
    costMinor: 210,
    priceMinor: 900,
    expiresInDays: 20,
  },
  {
    sku: 'FOOD-GI-2',
    name: 'Gastrointestinal diet, dry, 2 kg',
    category: 'FOOD',
    unit: 'bag',
    reorderLevel: 6,
    onHand: 14,
    costMinor: 1800,
    priceMinor: 3400,
    expiresInDays: 240,
  },
];

export const VISIT_STORIES: Array<{
  /** The demo tells stories of the everyday kinds of visit only. */
  type: Extract<AppointmentType, 'CONSULTATION' | 'VACCINATION' | 'FOLLOW_UP' | 'SURGERY' | 'DENTAL'>;
  reason: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  diagnosis?: { code?: string; description: string };
  /** SKU of the drug usually prescribed for this story. */
  drugSku?: string;
}> = [
  {
    type: 'VACCINATION',
    reason: 'Annual vaccination and health check',
    subjective: 'Owner reports the patient is well, eating and drinking normally. No vomiting or diarrhoea.',
    objective:
      'Bright, alert and responsive. Mucous membranes pink, CRT < 2 s. Heart and lungs auscultate normally. Mild tartar on upper premolars.',
    assessment: 'Healthy adult. Grade 1 dental disease.',
    plan: 'Annual vaccines administered. Dental home care discussed; recheck teeth in 6 months.',
    diagnosis: { description: 'Healthy — routine vaccination' },
  },
  {
    type: 'CONSULTATION',
    reason: 'Limping on right hind leg',
    subjective: 'Lame on the right hind leg for 3 days after running in the park. Still eating well.',
    objective:
      'Weight-bearing lameness 3/10 right hind. Pain on extension of the right stifle, no drawer movement. No swelling.',
    assessment: 'Soft-tissue injury of the right stifle; cruciate disease not excluded.',
    plan: 'NSAID for 10 days, strict lead exercise. Recheck in 10 days; radiographs if no improvement.',
    diagnosis: { code: 'M79.6', description: 'Soft-tissue strain, right stifle' },
    drugSku: 'CARP-75',
  },
  {
    type: 'CONSULTATION',
    reason: 'Vomiting and diarrhoea since yesterday',
    subjective: 'Vomited 4 times yesterday, soft stools since. Possibly ate something in the garden.',
    objective:
      'Mildly dehydrated (5%). Abdomen soft, mild discomfort on palpation, no foreign body palpable. Temperature 39.1 °C.',
    assessment: 'Acute gastroenteritis, likely dietary indiscretion.',
    plan: 'Antiemetic, bland diet for 3 days, fluids at home. Return if vomiting persists beyond 24 h.',
    diagnosis: { code: 'K52.9', description: 'Acute gastroenteritis' },
    drugSku: 'MARO-16',
  },
  {
    type: 'CONSULTATION',
    reason: 'Itchy skin and ear scratching',
    subjective: 'Scratching for 2 weeks, worse at night. Shaking the head.',
    objective:
      'Erythema of ventral abdomen and paws. Both ear canals erythematous with brown discharge. No fleas seen.',
    assessment: 'Atopic dermatitis with bilateral otitis externa.',
    plan: 'Anti-itch medication; ear cleaning twice weekly. Recheck in 2 weeks.',
    diagnosis: { description: 'Atopic dermatitis; otitis externa (bilateral)' },
    drugSku: 'APOQ-16',
  },
  {
    type: 'FOLLOW_UP',
    reason: 'Wound check after bite',
    subjective: 'Bitten on the shoulder 5 days ago during a fight. Wound draining less.',
    objective: 'Healing 2 cm puncture wound, mild serous discharge, no heat. Temperature normal.',
    assessment: 'Healing bite wound with mild infection.',
    plan: 'Continue antibiotics for 7 days, keep the wound clean. Recheck if swelling returns.',
    diagnosis: { code: 'T14.1', description: 'Infected bite wound, left shoulder' },
    drugSku: 'AMOX-250',
  },
  {
    type: 'DENTAL',
    reason: 'Dental scale and polish',
    subjective: 'Bad breath for months. Eating on one side.',
    objective:
      'Grade 3 periodontal disease; fractured upper right carnassial. Pre-anaesthetic bloods normal.',
    assessment: 'Periodontal disease; tooth 108 fractured with pulp exposure.',
    plan: 'Scale and polish under general anaesthesia, extraction of 108. Pain relief for 3 days; soft food for a week.',
    diagnosis: { description: 'Periodontal disease grade 3; fractured tooth 108' },
    drugSku: 'BUPR-03',
  },
  {
    type: 'CONSULTATION',
    reason: 'Anxiety before travel',
    subjective: 'Very anxious in the car; moving house next week.',
    objective: 'Healthy on examination. Heart rate elevated in the clinic.',
    assessment: 'Situational anxiety.',
    plan: 'Pre-travel medication trial at home before the journey; behaviour advice given.',
    diagnosis: { description: 'Situational anxiety (travel)' },
    drugSku: 'GABA-100',
  },
];
