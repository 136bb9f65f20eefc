package workbook.tools.browser.lessons;

import static workbook.tools.browser.LessonPage.XSS;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.Side;

@ExtendWith(BrowserExtension.class)
@DisplayName("05 채널 page, in Chromium, against the reference")
class ChannelsPageTest {

    @Test
    @DisplayName("two windows in news and one in sports: each channel's text reaches its subscribers only")
    void channelsKeepTheirSubscribers(Windows windows, ServedWorkbook serve) {
        String url = serve.page("05", Side.REFERENCE);
        LessonPage a = subscribed(LessonPage.open(windows.get(0), "window A", url), "news");
        LessonPage b = subscribed(LessonPage.open(windows.get(1), "window B", url), "news");
        LessonPage c = subscribed(LessonPage.open(windows.get(2), "window C", url), "sports");

        a.send("속보입니다");
        a.awaitReceived("Subscribed to channel: news", "Channel news: 속보입니다");
        b.awaitReceived("Subscribed to channel: news", "Channel news: 속보입니다");
        c.send("1 : 0");
        c.awaitReceived("Subscribed to channel: sports", "Channel sports: 1 : 0");
        a.awaitReceived("Subscribed to channel: news", "Channel news: 속보입니다");
    }

    @Test
    @DisplayName("subscribing again moves a window to the new channel")
    void subscribingAgainMoves(Windows windows, ServedWorkbook serve) {
        String url = serve.page("05", Side.REFERENCE);
        LessonPage a = subscribed(LessonPage.open(windows.get(0), "window A", url), "news");
        a.type("channel", "sports").click("subscribe");
        a.awaitReceived("Subscribed to channel: news", "Subscribed to channel: sports");

        a.send("goal");
        a.awaitReceived("Subscribed to channel: news", "Subscribed to channel: sports", "Channel sports: goal");
    }

    @Test
    @DisplayName("text that looks like HTML is shown as text and runs no script")
    void markupIsShownAsText(Windows windows, ServedWorkbook serve) {
        LessonPage a = subscribed(LessonPage.open(windows.get(0), "window A", serve.page("05", Side.REFERENCE)), "news");

        a.send(XSS);
        a.awaitReceived("Subscribed to channel: news", "Channel news: " + XSS).assertNoMarkupRan();
    }

    private static LessonPage subscribed(LessonPage page, String channel) {
        page.awaitConnected().type("channel", channel).click("subscribe");
        return page.awaitReceived("Subscribed to channel: " + channel);
    }
}
