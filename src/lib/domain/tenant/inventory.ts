/** DEA schedules a controlled drug can carry; an item without one is not controlled. */
export const CONTROLLED_SCHEDULES = ['II', 'III', 'IV', 'V'] as const;
export type ControlledSchedule = (typeof CONTROLLED_SCHEDULES)[number];

/** The kinds of entry in the append-only stock ledger. */
export const STOCK_MOVEMENT_KINDS = ['RECEIVE', 'DISPENSE', 'ADJUST'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** Categories the new-item form offers; category is free text (stored upper-case), so others are allowed. */
export const COMMON_INVENTORY_CATEGORIES = ['MEDICATION', 'VACCINE', 'SUPPLY', 'FOOD', 'OTHER'] as const;
