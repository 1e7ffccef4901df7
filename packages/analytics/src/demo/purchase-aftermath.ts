import { TICKET_TOPICS } from './catalogue.js';
import { BACK_OFFICE_CONTEXTS, emailContext } from './demo-contexts.js';
import type { PersonaBehaviour } from './demo-personas.js';
import { DAY, HOUR, MINUTE, type Device, type JourneyWriter } from './journey-writer.js';
import type { Prng } from './prng.js';

export interface PlacedOrder {
  readonly id: string;
  readonly total: number;
  readonly at: number;
  readonly device: Device;
  readonly paymentFailed: boolean;
}

const TICKET_SOURCES = ['phone', 'phone', 'phone', 'chat', 'chat', 'email'] as const;

/**
 * What follows an order away from the shop's pages: confirmation email, loyalty points,
 * delivery, support and the NPS survey. These run on their own clocks (a parcel takes days
 * whatever the customer does meanwhile), so they are written at their own times.
 */
export class PurchaseAftermath {
  /** A late parcel or a slow ticket: it lowers the NPS score and the chance of buying again. */
  lastWentBadly = false;

  constructor(
    private readonly w: JourneyWriter,
    private readonly prng: Prng,
    private readonly behaviour: PersonaBehaviour,
  ) {}

  follow(order: PlacedOrder): void {
    const { w, prng } = this;
    const server = BACK_OFFICE_CONTEXTS.server;
    if (prng.chance(0.85)) {
      w.backOffice(
        order.at + MINUTE + Math.round(prng.exp(40 * MINUTE)),
        'Email Opened',
        { campaign_name: 'order-confirmation', email_subject: 'Your order is confirmed', order_id: order.id },
        emailContext('order-confirmation'),
        'email',
      );
    }
    if (this.behaviour.id === 'persona-loyal-customer') {
      w.backOffice(
        order.at + 5000,
        'Loyalty Points Earned',
        { points: Math.round(order.total), order_id: order.id, reason: 'purchase' },
        BACK_OFFICE_CONTEXTS.crm,
        'crm',
      );
    }
    const late = prng.chance(0.08);
    const deliveryDays = late ? 7 + prng.exp(3) : 1.2 + prng.exp(1.5);
    const deliveredAt = order.at + Math.round(deliveryDays * DAY);
    for (let views = late ? 1 + prng.int(1, 3) : prng.chance(0.4) ? 1 : 0; views > 0; views--) {
      const at = order.at + Math.round(prng.next() * (deliveredAt - order.at));
      w.trackAt(at, order.device, 'Delivery Tracking Viewed', { order_id: order.id, carrier: 'SafarPost' });
    }
    w.backOffice(
      deliveredAt,
      'Order Delivered',
      {
        order_id: order.id,
        carrier: 'SafarPost',
        on_time: !late,
        delivery_days: Math.round(deliveryDays * 10) / 10,
      },
      server,
      'server',
    );
    const slowSupport = prng.chance(late ? 0.45 : 0.07) && this.ticket(order, late, deliveredAt);
    this.lastWentBadly = late || slowSupport;
    if (prng.chance(0.3)) {
      const penalty = (slowSupport ? 3 : 0) + (late ? 2 : 0) + (order.paymentFailed ? 1 : 0);
      const score = Math.max(0, Math.min(10, this.behaviour.npsBase + prng.int(-1, 2) - penalty));
      w.backOffice(
        deliveredAt + Math.round((2 + prng.exp(3)) * DAY),
        'Survey Responded',
        { survey_type: 'nps', score, order_id: order.id },
        emailContext('nps-survey'),
        'email',
      );
    }
  }

  /** Opens a support ticket about the order; true when it took more than a day to resolve. */
  private ticket(order: PlacedOrder, late: boolean, deliveredAt: number): boolean {
    const { w, prng } = this;
    const source = prng.pick(TICKET_SOURCES);
    // A late parcel is chased while it is awaited; other problems show once it has arrived.
    const openedAt = late
      ? order.at + Math.round((3 + prng.next() * 3) * DAY)
      : deliveredAt + Math.round((2 + prng.exp(20)) * HOUR);
    const ticketId = `ticket-${order.id}`;
    const topic = late ? 'where-is-my-order' : prng.pick(TICKET_TOPICS);
    const support = BACK_OFFICE_CONTEXTS.support;
    if (source === 'chat') {
      w.backOffice(
        openedAt - 2 * MINUTE,
        'Live Chat Conversation Started',
        { topic, order_id: order.id },
        support,
        'support',
      );
    }
    w.backOffice(
      openedAt,
      'Ticket Created',
      { ticket_id: ticketId, source, topic, order_id: order.id },
      support,
      'support',
    );
    const slow = prng.chance(0.4);
    const hours = slow ? 30 + prng.exp(60) : 0.5 + prng.exp(5);
    w.backOffice(
      openedAt + Math.round(hours * HOUR),
      'Ticket Resolved',
      { ticket_id: ticketId, source, topic, resolution_hours: Math.round(hours * 10) / 10 },
      support,
      'support',
    );
    return slow;
  }
}
