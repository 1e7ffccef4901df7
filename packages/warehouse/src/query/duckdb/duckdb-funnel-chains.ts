/**
 * The funnel's attempts for ordered and strict funnels without exclusions, in one window pass
 * (docs/analytics.md): every event learns the id of the next event matching each later step, in
 * journey order. Attempts whose step 2 is the same event share every later step, so each such
 * chain is followed once, from its head, and each start only counts how much of the chain fits
 * in its own window (the chain's times only grow). Ends in `best`, as funnelBestSql does.
 */
export function sharedChainBestSql(options: {
  readonly stepCount: number;
  readonly strict: boolean;
  /** The bound window length; called only where the SQL compares times. */
  readonly window: () => string;
  /** The WHERE clause keeping the events that matter (empty for strict funnels: every event does). */
  readonly relevant: string;
}): string {
  const later = Array.from({ length: options.stepCount - 1 }, (_, index) => index + 1);
  // Row keys name an event as well as a position would, without a separate numbering pass (one
  // sort fewer), and join as integers: at 10M events, joining on message ids took 15-25% longer.
  const next = later.map((k) =>
    options.strict
      ? `CASE WHEN lead(m${k}) OVER by_order THEN lead(row_key) OVER by_order END AS n${k}`
      : `first_value(CASE WHEN m${k} THEN row_key END IGNORE NULLS) OVER following AS n${k}`,
  );
  const linked = `linked AS (
      SELECT person_id, row_key, message_id, ts, bd, m0${next.map((column) => `, ${column}`).join('')} FROM flagged ${options.relevant}
      WINDOW following AS (PARTITION BY person_id ORDER BY ts, message_id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING),
             by_order AS (PARTITION BY person_id ORDER BY ts, message_id)
    )`;
  const within = (k: number) => `coalesce(c.u${k} - s.ts <= ${options.window()}, false)`;
  const chains = () => `SELECT h.head, ${later.map((k) => `c${k}.ts AS u${k}`).join(', ')}
      FROM (SELECT DISTINCT n1 AS head FROM linked WHERE m0 AND n1 IS NOT NULL) h
      JOIN linked c1 ON c1.row_key = h.head
      ${later
        .slice(1)
        .map((k) => `LEFT JOIN linked c${k} ON c${k}.row_key = c${k - 1}.n${k}`)
        .join(' ')}`;
  const attempts =
    later.length === 0
      ? `SELECT person_id, message_id AS start_id, bd, 1 AS level, ts AS t0 FROM linked WHERE m0`
      : `SELECT s.person_id, s.message_id AS start_id, s.bd,
          1 + ${later.map((k) => `${within(k)}::INTEGER`).join(' + ')} AS level,
          s.ts AS t0, ${later.map((k) => `CASE WHEN ${within(k)} THEN c.u${k} END AS t${k}`).join(', ')}
        FROM linked s LEFT JOIN (${chains()}) c ON c.head = s.n1
        WHERE s.m0`;
  return `${linked},
    attempts AS (${attempts}),
    -- The furthest attempt, the earliest among equals (journey order: time, then message id).
    best AS (
      SELECT unnest(arg_min(a, (-a.level, a.t0, a.start_id))) FROM attempts a GROUP BY a.person_id
    )`;
}
