package workbook.grader.browser;

import java.util.List;
import java.util.Map;

/**
 * What the grader sees of a page: a script that runs before any of the page's own (so it sees every state the
 * status line goes through and every error the page's script throws), and one read of everything at once.
 */
public final class PageRecorder {

    /**
     * Runs first in every page: keeps each {@code data-state} that {@code #status} held, in order, every uncaught
     * error, and a counter that a message's markup would bump if the page ran it ({@code onerror=...}).
     */
    static final String SCRIPT = """
            (() => {
              const seen = { states: [], errors: [], markupRan: 0 };
              Object.defineProperty(window, '__workbook', { value: seen });
              const keep = (text) => { if (seen.errors.length < 20) seen.errors.push(String(text)); };
              window.addEventListener('error', (e) => keep(e.error && e.error.name ? e.error.name + ': ' + e.error.message : e.message));
              window.addEventListener('unhandledrejection', (e) => keep(e.reason));
              new MutationObserver((records) => {
                for (const r of records) {
                  if (r.target.id === 'status') seen.states.push(r.target.getAttribute('data-state'));
                }
              }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
            })();
            """;

    /** One look at the page; the list is {@code #messages} or {@code #notifications}. */
    static final String READ = """
            const list = document.getElementById(arguments[0]);
            const status = document.getElementById('status');
            const value = (id) => { const e = document.getElementById(id); return e ? e.value : null; };
            const seen = window.__workbook || { states: [], errors: [], markupRan: 0 };
            const first = status ? status.getAttribute('data-state') : null;
            return {
              hasList: !!list,
              hasStatus: !!status,
              state: first,
              statusText: status ? status.textContent.trim().replace(/\\s+/g, ' ') : null,
              states: seen.states.slice(),
              errors: seen.errors.slice(),
              markupRan: seen.markupRan,
              lines: list ? Array.from(list.children, (e) => e.textContent) : [],
              madeElements: list ? list.querySelectorAll('img, script, b, i, a, iframe, svg').length : 0,
              message: value('message'),
              name: value('name'),
              nameInvalid: document.getElementById('name') ? document.getElementById('name').getAttribute('aria-invalid') : null,
              count: document.getElementById('count') ? document.getElementById('count').textContent : null,
            };
            """;

    private PageRecorder() {
    }

    /** The page as {@link #READ} returned it. */
    public record Look(boolean hasList, boolean hasStatus, String state, String statusText, List<String> states,
                List<String> errors, long markupRan, List<String> lines, long madeElements, String message,
                String name, String nameInvalid, String count) {

        @SuppressWarnings("unchecked")
        static Look of(Object read) {
            Map<String, Object> m = (Map<String, Object>) read;
            return new Look(Boolean.TRUE.equals(m.get("hasList")), Boolean.TRUE.equals(m.get("hasStatus")),
                    (String) m.get("state"), (String) m.get("statusText"), strings(m.get("states")),
                    strings(m.get("errors")), ((Number) m.get("markupRan")).longValue(), strings(m.get("lines")),
                    ((Number) m.get("madeElements")).longValue(), (String) m.get("message"), (String) m.get("name"),
                    (String) m.get("nameInvalid"), (String) m.get("count"));
        }

        private static List<String> strings(Object list) {
            return ((List<?>) list).stream().map(String::valueOf).toList();
        }

        public boolean notImplemented() {
            return "not-implemented".equals(state);
        }

        /** Every state the status line held, from the first change on, then the one it holds now. */
        public boolean wentThrough(String wanted) {
            return wanted.equals(state) || states.contains(wanted);
        }
    }
}
