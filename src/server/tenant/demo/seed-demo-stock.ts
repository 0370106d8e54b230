import { eq } from 'drizzle-orm';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import {
  inventory,
  inventoryMovements,
  type InventoryItem,
  type Practice,
  type StockMovementKind,
} from '@/server/tenant/db/schema';
import { DEMO_ITEMS, type DemoItem } from './demo-catalogue';
import { isoDate } from './seed-demo-people';
import type { SeedRandom } from './seed-random';

const DAY_MS = 86_400_000;

type PlannedMovement = {
  kind: StockMovementKind;
  delta: number;
  at: Date;
  performedBy: string;
  reason?: string;
  prescriptionId?: string;
};

export type DemoStockItem = { row: InventoryItem; spec: DemoItem; movements: PlannedMovement[] };

/**
 * The demo's stock room. Items start empty; dispenses and adjustments are planned while visits are generated,
 * then `writeLedger` books one delivery before the first outflow, sized so each item ends at the catalogue's
 * quantity. Stock and ledger therefore agree exactly, as the real API keeps them.
 */
export class DemoStock {
  private readonly items = new Map<string, DemoStockItem>();

  private constructor(private readonly now: Date) {}

  static async create(
    tx: TenantTx,
    options: { random: SeedRandom; practices: Practice[]; now: Date },
  ): Promise<DemoStock> {
    const stock = new DemoStock(options.now);
    const { random, practices, now } = options;
    for (const [index, practice] of practices.entries()) {
      // SKUs are unique per clinic, so the second practice's shelf carries a suffix.
      const suffix = index === 0 ? '' : `-${String.fromCharCode(65 + index)}`;
      const rows = await tx
        .insert(inventory)
        .values(
          DEMO_ITEMS.map((item) => ({
            practiceId: practice.id,
            sku: `${item.sku}${suffix}`,
            name: item.name,
            category: item.category,
            unit: item.unit,
            quantityOnHand: '0',
            reorderLevel: item.reorderLevel.toFixed(3),
            lotNumber: `L${random.digits(6)}`,
            expiresOn: isoDate(new Date(now.getTime() + item.expiresInDays * DAY_MS)),
            costMinor: item.costMinor,
            priceMinor: item.priceMinor,
            controlledSchedule: item.schedule ?? null,
          })),
        )
        .returning();
      rows.forEach((row, i) =>
        stock.items.set(`${practice.id}:${DEMO_ITEMS[i]!.sku}`, { row, spec: DEMO_ITEMS[i]!, movements: [] }),
      );
    }
    return stock;
  }

  item(practiceId: string, baseSku: string): DemoStockItem | undefined {
    return this.items.get(`${practiceId}:${baseSku}`);
  }

  all(): DemoStockItem[] {
    return [...this.items.values()];
  }

  plan(item: DemoStockItem, movement: PlannedMovement): void {
    item.movements.push(movement);
  }

  async writeLedger(tx: TenantTx, receivedBy: string): Promise<number> {
    let count = 0;
    for (const item of this.items.values()) {
      const outflow = item.movements.reduce((sum, m) => sum + m.delta, 0);
      const earliest = item.movements.reduce(
        (min, m) => Math.min(min, m.at.getTime()),
        this.now.getTime() - 35 * DAY_MS,
      );
      const delivery: PlannedMovement = {
        kind: 'RECEIVE',
        delta: item.spec.onHand - outflow,
        at: new Date(earliest - DAY_MS),
        performedBy: receivedBy,
        reason: 'Opening stock delivery',
      };
      const ordered = [delivery, ...item.movements].sort((a, b) => a.at.getTime() - b.at.getTime());
      let balance = 0;
      const rows = ordered.map((m) => {
        balance += m.delta;
        return {
          inventoryItemId: item.row.id,
          practiceId: item.row.practiceId,
          kind: m.kind,
          quantityDelta: m.delta.toFixed(3),
          quantityAfter: balance.toFixed(3),
          reason: m.reason ?? null,
          prescriptionId: m.prescriptionId ?? null,
          lotNumber: item.row.lotNumber,
          performedBy: m.performedBy,
          createdAt: m.at,
        };
      });
      await tx.insert(inventoryMovements).values(rows);
      await tx
        .update(inventory)
        .set({ quantityOnHand: balance.toFixed(3) })
        .where(eq(inventory.id, item.row.id));
      count += rows.length;
    }
    return count;
  }
}
