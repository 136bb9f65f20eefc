package workbook.grader.browser;

import workbook.grader.core.words.Lang;

/**
 * For tests that time client checks: the JVM's one browser, started before the timing begins, as {@code ./workbook
 * check} starts it while the lesson compiles. Otherwise the first client check's time holds Chromium's start too
 * (6.6 s once, as an ordinary user whose Chromium starts its own sandbox, beside a second test JVM).
 */
public final class BrowserStarted {

    private BrowserStarted() {
    }

    /** Waits until the shared browser is up, where there is Chromium and the tests share one browser. */
    public static void beforeTiming() {
        if (ChromiumInstall.find().isPresent() && Boolean.getBoolean("workbook.browser.reuse")) {
            BrowserHandle.create().get(Lang.EN);
        }
    }
}
