package app.delight.bench;

import app.delight.support.RunningDelight;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A realistic workspace at scale for the benchmarks, written with set-based SQL (seconds, not
 * minutes): 10,000 clients, 1,000,000 touchpoints over the last 400 days, and around them
 * follow-ups, NPS answers, struggles, free work, incidents, prompt responses, 90 days of health
 * snapshots and 20 workdays of sent digests — all under {@link RunningDelight#TEAM_ID}. Expects a
 * migrated, empty database. Client {@code k} (0-based) is named {@link #name(int)}.
 */
final class BenchData {
    static final int CLIENTS = 10_000;
    static final int TOUCHPOINTS = 1_000_000;
    static final String TEAM = RunningDelight.TEAM_ID;

    private static final List<String> FIRST = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne",
            "Soylent", "Tyrell", "Wonka");
    private static final List<String> SECOND = List.of("Studio", "Foods", "Labs", "Partners", "Retail", "Health", "Travel",
            "Media");

    private BenchData() {
    }

    /** The name of client {@code k}, 0 ≤ k < {@link #CLIENTS}: e.g. "Globex Foods 00011". */
    static String name(int k) {
        int g = k + 1;
        return FIRST.get(g % FIRST.size()) + " " + SECOND.get((g / FIRST.size()) % SECOND.size()) + " " + String.format("%05d", g);
    }

    /** Rows written per table, and how long each took, in insertion order. */
    record Loaded(Map<String, Long> rows, Map<String, Duration> time) {
        Duration total() {
            return time.values().stream().reduce(Duration.ZERO, Duration::plus);
        }

        String summary() {
            StringBuilder text = new StringBuilder();
            rows.forEach((table, n) -> text.append(text.length() == 0 ? "" : ", ").append(String.format("%,d %s", n, table)));
            return text.toString();
        }
    }

    static Loaded load(Jdbi jdbi) {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Duration> time = new LinkedHashMap<>();
        jdbi.useHandle(handle -> {
            // %1$s: the team, quoted; k: the client's index 0..9,999; c: its id.
            step(handle, rows, time, "clients", """
                    INSERT INTO clients (team_id, name, aliases, channel_id, owners, industry, stage, stage_changed_on,
                                         start_date, renewal_date, monthly_revenue, timezone, created_at, updated_at)
                    SELECT %1$s,
                           (ARRAY['Acme','Globex','Initech','Umbrella','Hooli','Stark','Wayne','Soylent','Tyrell','Wonka'])[1 + g %% 10]
                             || ' ' || (ARRAY['Studio','Foods','Labs','Partners','Retail','Health','Travel','Media'])[1 + (g / 10) %% 8]
                             || ' ' || lpad(g::text, 5, '0'),
                           CASE WHEN g %% 3 = 0 THEN ARRAY['c' || g] ELSE '{}' END,
                           CASE WHEN g %% 10 = 9 THEN NULL ELSE 'CBENCH' || lpad((g %% 200)::text, 3, '0') END,
                           CASE WHEN g %% 100 = 0 THEN ARRAY['U0TEST0001', 'U0BENCH' || (g %% 50)]
                                ELSE ARRAY['U0BENCH' || (g %% 50), 'U0BENCH' || ((g * 7) %% 50)] END,
                           (ARRAY['retail','education','healthcare','saas','hospitality','nonprofit','finance','real-estate',
                                  'manufacturing','general'])[1 + (g / 7) %% 10],
                           CASE WHEN g %% 50 = 0 THEN 'churned' WHEN g %% 20 = 1 THEN 'onboarding' WHEN g %% 20 = 2 THEN 'renewal'
                                WHEN g %% 25 = 3 THEN 'paused' WHEN g %% 40 = 4 THEN 'prospect' ELSE 'active' END,
                           current_date - (g * 13) %% 400,
                           current_date - (30 + (g * 17) %% 1500),
                           current_date + (g * 11) %% 365,
                           500 + (g * 37) %% 9500,
                           CASE g %% 10 WHEN 0 THEN 'Europe/Paris' WHEN 1 THEN 'America/New_York' WHEN 2 THEN 'Asia/Tokyo' ELSE NULL END,
                           now() - interval '1 day' * (g %% 900), now()
                    FROM generate_series(1, %2$d) AS g
                    """.formatted(quote(TEAM), CLIENTS));
            long base = handle.createQuery("SELECT min(id) FROM clients WHERE team_id = :team").bind("team", TEAM)
                    .mapTo(Long.class).one();
            // Each client gets 100 touchpoints; client k's most recent lies 0..48 days back (k %% 7 * 8), so
            // recency differs from one client to the next.
            step(handle, rows, time, "touchpoints", """
                    INSERT INTO touchpoints (team_id, client_id, author_id, text, occurred_at)
                    SELECT %1$s, %3$d + k, 'U0BENCH' || (g %% 50), 'Call about the ' || (ARRAY['Q3 report','launch','invoice',
                           'new brief','campaign results','renewal'])[1 + g %% 6] || ' #' || g,
                           now() - interval '1 second' * ((k %% 7) * 8 * 86400 + random() * ((400 - (k %% 7) * 8) * 86400))
                    FROM (SELECT g, (g::bigint * 7919) %% %2$d AS k FROM generate_series(1, %4$d) AS g) s
                    """.formatted(quote(TEAM), CLIENTS, base, TOUCHPOINTS));
            // Three a client: about half open, due from 30 days ago to 30 days ahead (some undated).
            step(handle, rows, time, "follow_ups", """
                    INSERT INTO follow_ups (team_id, client_id, author_id, text, due_on, status, closed_at, closed_by, created_at)
                    SELECT %1$s, %3$d + (g * 31) %% %2$d, 'U0BENCH' || (g %% 50), 'Send the deck #' || g,
                           CASE WHEN g %% 9 = 0 THEN NULL ELSE current_date - 30 + (g * 7) %% 61 END,
                           s, CASE WHEN s = 'open' THEN NULL ELSE now() - interval '1 hour' * (g %% 2000) END,
                           CASE WHEN s = 'open' THEN NULL ELSE 'U0BENCH' || (g %% 50) END,
                           now() - interval '1 hour' * (g %% 3000)
                    FROM (SELECT g, CASE WHEN g %% 2 = 0 THEN 'open' WHEN g %% 11 = 1 THEN 'cancelled' ELSE 'done' END AS s
                          FROM generate_series(1, %2$d * 3) AS g) f
                    """.formatted(quote(TEAM), CLIENTS, base));
            step(handle, rows, time, "nps_answers", """
                    INSERT INTO nps_answers (team_id, client_id, score, comment, recorded_by, answered_at)
                    SELECT %1$s, %3$d + (g * 37) %% %2$d,
                           (ARRAY[10,9,9,8,7,10,6,9,3,8,10,5,9,0,7])[1 + g %% 15],
                           CASE WHEN g %% 4 = 0 THEN 'Comment #' || g ELSE NULL END,
                           'U0BENCH' || (g %% 50), now() - interval '1 second' * (random() * 400 * 86400)
                    FROM generate_series(1, %2$d * 2) AS g
                    """.formatted(quote(TEAM), CLIENTS, base));
            step(handle, rows, time, "struggles", """
                    INSERT INTO struggles (team_id, client_id, author_id, text, status, observed_at, closed_at, closed_by)
                    SELECT %1$s, %3$d + (g * 41) %% %2$d, 'U0BENCH' || (g %% 50), 'They re-key the report by hand #' || g,
                           s, now() - interval '1 second' * (random() * 300 * 86400),
                           CASE WHEN s = 'open' THEN NULL ELSE now() - interval '1 day' * (g %% 30) END,
                           CASE WHEN s = 'open' THEN NULL ELSE 'U0BENCH' || (g %% 50) END
                    FROM (SELECT g, CASE WHEN g %% 10 < 7 THEN 'open' WHEN g %% 10 = 7 THEN 'kept' ELSE 'removed' END AS s
                          FROM generate_series(1, %2$d * 3 / 2) AS g) t
                    """.formatted(quote(TEAM), CLIENTS, base));
            step(handle, rows, time, "free_work", """
                    INSERT INTO free_work (team_id, client_id, hours, kind, text, recorded_by, given_at)
                    SELECT %1$s, %3$d + (g * 43) %% %2$d, 0.5 + (g %% 16) / 2.0,
                           CASE WHEN g %% 5 = 0 THEN 'secret' ELSE 'strategic' END, 'Extra banner sizes #' || g,
                           'U0BENCH' || (g %% 50), now() - interval '1 second' * (random() * 200 * 86400)
                    FROM generate_series(1, %2$d / 2) AS g
                    """.formatted(quote(TEAM), CLIENTS, base));
            step(handle, rows, time, "incidents", """
                    INSERT INTO incidents (team_id, client_id, text, recorded_by, occurred_at)
                    SELECT %1$s, %3$d + (g * 97) %% %2$d, 'Shouted at our designer #' || g, 'U0TEST0001',
                           now() - interval '1 second' * (random() * 200 * 86400)
                    FROM generate_series(1, %2$d / 20) AS g
                    """.formatted(quote(TEAM), CLIENTS, base));
            // What the team answered on cards and digests over the last 60 days.
            step(handle, rows, time, "prompt_responses", """
                    INSERT INTO prompt_responses (team_id, client_id, prompt_key, prompt_kind, response, snoozed_until,
                                                  responded_by, responded_at)
                    SELECT %1$s, %3$d + (g * 53) %% %2$d, kind || ':bench-' || (g %% 12), kind, resp,
                           CASE WHEN resp = 'snoozed' THEN current_date + 7 ELSE NULL END,
                           'U0BENCH' || (g %% 50), now() - interval '1 second' * (random() * 60 * 86400)
                    FROM (SELECT g, (ARRAY['tip','surprise','anticipation'])[1 + g %% 3] AS kind,
                                 (ARRAY['done','snoozed','not_relevant','done','shared'])[1 + g %% 5] AS resp
                          FROM generate_series(1, %2$d * 3) AS g) r
                    """.formatted(quote(TEAM), CLIENTS, base));
            // One digest a client and workday over the last 4 weeks, sent: the engagement part reads them.
            // Written as the app writes them: in flight first, then marked sent (what records the deliveries).
            step(handle, rows, time, "nudge_outbox", """
                    INSERT INTO nudge_outbox (team_id, client_id, recipient, nudge_date, kind, prompt_keys, message, status,
                                              attempts, message_ts, created_at, claimed_at, sent_at)
                    SELECT %1$s, c.id, coalesce(c.channel_id, c.owners[1]), d::date, 'digest',
                           ARRAY['tip:bench-' || (c.id %% 12), 'surprise:bench-' || ((c.id + (d::date - DATE '2020-01-01')) %% 12),
                                 'anticipation:bench-' || (c.id %% 5)],
                           '{"text":"Today for this client","blocks":[]}'::jsonb, 'sending', 1,
                           '1700000000.' || lpad((c.id %% 1000000)::text, 6, '0'), d, d, d + interval '9 hours'
                    FROM clients c
                    CROSS JOIN generate_series(current_date - 28, current_date - 1, interval '1 day') AS d
                    WHERE c.team_id = %1$s AND c.stage NOT IN ('paused', 'churned') AND extract(isodow FROM d) < 6
                    """.formatted(quote(TEAM)));
            step(handle, rows, time, "nudge_outbox sent", """
                    UPDATE nudge_outbox SET status = 'sent' WHERE team_id = %1$s AND status = 'sending'
                    """.formatted(quote(TEAM)));
            // 90 days of daily scores, drifting around a per-client level.
            step(handle, rows, time, "health_snapshots", """
                    INSERT INTO health_snapshots (team_id, client_id, taken_on, score, parts)
                    SELECT %1$s, c.id, current_date - d, s,
                           jsonb_build_object('nps', least(100, s + 5), 'recency', greatest(0, s - 10), 'followups', s,
                                              'engagement', 50, 'struggles', least(100, s + 10), 'incidents', 100)
                    FROM clients c
                    CROSS JOIN generate_series(1, 90) AS d
                    CROSS JOIN LATERAL (SELECT greatest(0, least(100, 15 + (c.id * 7) %% 80 + (d %% 9) - 4))::smallint AS s) sc
                    WHERE c.team_id = %1$s
                    """.formatted(quote(TEAM)));
            long start = System.nanoTime();
            // A database that has run for a while has its statistics and visibility map: autovacuum's work.
            handle.execute("VACUUM ANALYZE");
            time.put("vacuum analyze", Duration.ofNanos(System.nanoTime() - start));
        });
        return new Loaded(rows, time);
    }

    private static void step(Handle handle, Map<String, Long> rows, Map<String, Duration> time, String table, String sql) {
        long start = System.nanoTime();
        int n = handle.execute(sql);
        time.put(table, Duration.ofNanos(System.nanoTime() - start));
        rows.put(table, (long) n);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
