package workbook.grader.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import workbook.grader.core.words.Msg;

/**
 * Where this machine keeps Chromium (or Chrome) and its chromedriver. {@code -Dworkbook.chromium=...} and
 * {@code -Dworkbook.chromedriver=...} point elsewhere; otherwise Debian's paths and then the PATH are tried.
 */
public record ChromiumInstall(Path browser, Path driver) {

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");

    /** The one line a learner reads when the browser is missing: what to install. */
    public static final Msg MISSING = Msg.of(
            "브라우저 클라이언트를 채점하려면 Chromium과 chromedriver가 필요합니다: Debian/Ubuntu에서는 sudo apt-get install chromium chromium-driver, 그 밖에서는 Chrome과 그 버전의 chromedriver를 설치하세요.",
            "Grading the browser client needs Chromium and chromedriver: on Debian/Ubuntu sudo apt-get install chromium chromium-driver, elsewhere install Chrome and the chromedriver of its version.");

    public static Optional<ChromiumInstall> find() {
        Optional<Path> browser = pick(System.getProperty("workbook.chromium"), BROWSER_NAMES);
        Optional<Path> driver = pick(System.getProperty("workbook.chromedriver"), List.of("chromedriver"));
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new ChromiumInstall(browser.get(), driver.get())) : Optional.empty();
    }

    private static Optional<Path> pick(String configured, List<String> names) {
        if (configured != null && !configured.isBlank()) {
            Path given = Path.of(configured);
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        Stream<Path> folders = Stream.concat(Stream.of(Path.of("/usr/bin")),
                Stream.of(path.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of));
        List<Path> dirs = folders.distinct().toList();
        for (String name : names) {
            for (Path dir : dirs) {
                Path candidate = dir.resolve(name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
