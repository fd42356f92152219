// Orders and order lines for AppData. Totals are summed in integer cents so the
// stored text is exact and the lines of an order add up to its total.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Rng } from './prng.js';
import type { Item } from './movies.js';
import type { Product } from './singleTable.js';
import { s, n, bool, nul, list, map, decimal, isoMinute } from './values.js';

const STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'];
const GIFT_NOTES = ['Happy birthday! 🎂', 'おめでとう', 'Merry Christmas', 'For you ❤️', 'מזל טוב', ''];

function orderLines(rng: Rng, orderId: string, products: Product[]): { lines: Item[]; cents: number } {
  let cents = 0;
  const lines = rng.sample(products, rng.int(1, 4)).map((p, i) => {
    const quantity = rng.int(1, 5);
    const lineCents = quantity * p.priceCents;
    cents += lineCents;
    const options: Record<string, AttributeValue> = {};
    if (p.sized) options.size = { N: rng.pick(['39', '40.5', '42', '2', '3']) };
    if (rng.chance(0.3)) options.engraving = s(rng.pick(['A & B', '愛', 'Ω', 'No. 7']));
    return {
      pk: s(`ORDER#${orderId}`), sk: s(`LINE#${String(i + 1).padStart(2, '0')}`),
      entity: s('OrderLine'), orderId: s(orderId), productId: s(p.id), productName: s(p.name),
      GSI1PK: s(`PRODUCT#${p.id}`), GSI1SK: s(`ORDER#${orderId}`),
      quantity: n(quantity), unitPrice: n(decimal(p.priceCents)), lineTotal: n(decimal(lineCents)),
      options: map(options),
    };
  });
  return { lines, cents };
}

function events(rng: Rng, placed: number, status: string): AttributeValue {
  const steps = ['placed', 'paid', 'shipped', 'delivered'];
  const reached = status === 'cancelled' || status === 'pending' ? 1 : Math.max(1, steps.indexOf(status) + 1);
  const out: AttributeValue[] = [];
  let at = placed;
  for (const type of steps.slice(0, status === 'returned' ? 4 : reached)) {
    out.push(map({ at: s(isoMinute(at)), type: s(type) }));
    at += rng.int(30, 4000);
  }
  if (status === 'cancelled') out.push(map({ at: s(isoMinute(at)), type: s('cancelled'), reason: s('customer request') }));
  if (status === 'returned') out.push(map({ at: s(isoMinute(at)), type: s('returned'), refund: bool(true) }));
  return list(...out);
}

/** Zero to eight orders per user, each with one to four lines. */
export function generateOrders(rng: Rng, users: Item[], products: Product[]): Item[] {
  const items: Item[] = [];
  let next = 1;
  for (const u of users) {
    const count = rng.int(0, 8);
    for (let k = 0; k < count; k++) {
      const orderId = `o${String(next++).padStart(4, '0')}`;
      const placed = rng.int(0, 500_000);
      const placedAt = isoMinute(placed);
      const status = rng.pick(STATUSES);
      const { lines, cents } = orderLines(rng, orderId, products);
      const shipped = status === 'shipped' || status === 'delivered' || status === 'returned';
      const order: Item = {
        pk: u.pk, sk: s(`ORDER#${placedAt}#${orderId}`), entity: s('Order'), orderId: s(orderId),
        GSI1PK: s(`STATUS#${status}`), GSI1SK: s(`${placedAt}#${orderId}`),
        status: s(status), placedAt: s(placedAt), currency: s(rng.pick(['EUR', 'USD', 'GBP'])),
        total: n(decimal(cents)), lineCount: n(lines.length),
        shippedAt: shipped ? s(isoMinute(placed + rng.int(60, 5000))) : nul,
        isGift: bool(rng.chance(0.2)), events: events(rng, placed, status),
        shippingAddress: u.address,
      };
      if (order.isGift.BOOL) order.giftMessage = s(rng.pick(GIFT_NOTES));
      if (rng.chance(0.15)) order.couponCodes = { SS: rng.sample(['WELCOME10', 'SPRING', 'VIP-5', 'FREESHIP'], rng.int(1, 2)) };
      items.push(order, ...lines);
    }
  }
  return items;
}
