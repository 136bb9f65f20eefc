package workbook.tools.contract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.classgrade.CheckCatalog;

/**
 * What every lesson of a workbook folder must have, as rustlings' {@code dev check} asks of an exercise: its folder,
 * a stub with a {@code // TODO} and a loud failure, the solution at the same path, a page in the one shell, checks,
 * and a text whose task headings are the checks' task titles in both languages. It reads plain files under a root
 * folder, so a test can hand it a deliberately broken copy; the checks are the grader's, found through JUnit.
 */
final class LessonContract {

    static final String SHELL_SCRIPT = "<script src=\"/common/shell.js\"></script>";
    /** Markup the shell builds: a page that writes it again has grown its own chrome. */
    static final List<String> SHELL_MARKUP = List.of("class=\"topbar\"", "id=\"statusbar\"", "class=\"kicker\"",
            "rel=\"icon\"", "id=\"server-student\"", "class=\"panes\"", "<label for=\"message\"", "<aside class=\"tips\"",
            "./workbook check");
    /** The one template of a lesson text: its sections, Korean first, then the same in English. */
    static final List<String> SECTIONS = List.of("## 이 단계에서 배우는 것", "## JavaScript에서 Java로 · From JavaScript to Java",
            "## 과제 · Tasks", "## 힌트 · Hints", "## 채점과 확인 · Check and watch", "# English", "## What this step teaches",
            "## From JavaScript to Java", "## Tasks", "## Hints", "## Check and watch");
    private static final String CLIENT_TASK = "Browser client";
    private static final Pattern SECTION = Pattern.compile("^#{1,2} .*$", Pattern.MULTILINE);
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern KO_TASK = Pattern.compile("^### (과제 (\\d+).*)$", Pattern.MULTILINE);
    private static final Pattern EN_TASK = Pattern.compile("^### (Task (\\d+).*)$", Pattern.MULTILINE);

    private final Path root;

    LessonContract(Path root) {
        this.root = root;
    }

    /** The lessons as {@code lessons/lessons.yaml} under the root lists them. */
    List<Lesson> lessons() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            return yaml.readValue(root.resolve("lessons/lessons.yaml").toFile(), new TypeReference<List<Lesson>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the lesson breaks the contract, one sentence each; empty when it keeps it. */
    List<String> problems(Lesson lesson) {
        List<String> problems = new ArrayList<>();
        Path folder = root.resolve("lessons").resolve(lesson.folder());
        if (!Files.isDirectory(folder)) {
            problems.add("lessons/" + lesson.folder() + "/ is missing");
            return problems;
        }
        stubAndSolution(lesson, problems);
        page(lesson, problems);
        Optional<Map<Integer, Map<Lang, String>>> tasks = tasks(lesson, problems);
        tasks.ifPresent(titles -> clientTask(lesson, titles, problems));
        text(lesson, tasks, problems);
        return problems;
    }

    private void stubAndSolution(Lesson lesson, List<String> problems) {
        String java = lesson.simpleClassName() + ".java";
        Path pristine = root.resolve("tools/src/main/stubs").resolve(lesson.folder());
        if (!Files.isRegularFile(pristine.resolve(java + ".stub"))) {
            problems.add("tools/src/main/stubs/" + lesson.folder() + "/" + java + ".stub is missing (run ./workbook pristine --update)");
        }
        Set<String> studentFiles = new TreeSet<>(Set.of(java));
        for (Path stub : files(pristine, ".stub")) {
            String relative = pristine.relativize(stub).toString().replace('\\', '/').replaceFirst("\\.stub$", "");
            studentFiles.add(relative);
            String source = read(stub);
            if (!source.contains("// TODO")) {
                problems.add("the stub lessons/" + lesson.folder() + "/" + relative + " has no // TODO where the student acts");
            }
            String loud = relative.endsWith(".js") ? "notImplemented(" : "throw new UnsupportedOperationException(";
            if (!source.contains(loud)) {
                problems.add("the stub lessons/" + lesson.folder() + "/" + relative + " does not fail loudly (no " + loud + ")");
            }
        }
        for (String relative : studentFiles) {
            requireFile("lessons/" + lesson.folder() + "/" + relative, problems);
            requireFile("solutions/" + lesson.folder() + "/" + relative, problems);
        }
    }

    private void page(Lesson lesson, List<String> problems) {
        Path page = root.resolve("web").resolve(lesson.folder()).resolve("index.html");
        if (!Files.isRegularFile(page)) {
            if (!Files.isRegularFile(root.resolve("lessons").resolve(lesson.folder()).resolve("front/index.html"))) {
                problems.add("no page: neither web/" + lesson.folder() + "/index.html nor a front/index.html its server serves");
            }
            return;
        }
        String html = read(page);
        String where = "web/" + lesson.folder() + "/index.html";
        String expected = lesson.id() + " " + lesson.title().ko() + " · " + lesson.title().en();
        Matcher title = TITLE.matcher(html);
        String found = title.find() ? title.group(1) : "";
        if (!found.equals(expected)) {
            problems.add(where + ": <title> must be \"" + expected + "\" (lessons.yaml), not \"" + found + "\"");
        }
        int shell = html.indexOf(SHELL_SCRIPT);
        int mainEnd = html.indexOf("</main>");
        if (shell < 0 || mainEnd < 0 || shell < mainEnd) {
            problems.add(where + " does not load the shell: " + SHELL_SCRIPT + " right after its <main>");
        }
        for (String markup : SHELL_MARKUP) {
            if (html.contains(markup)) {
                problems.add(where + " writes the shell's own markup " + markup + ": leave it to /common/shell.js");
            }
        }
    }

    /** A lesson with a browser client stub grades it in a task of its own, which its text then names too. */
    private void clientTask(Lesson lesson, Map<Integer, Map<Lang, String>> titles, List<String> problems) {
        boolean hasClientStub = !files(root.resolve("tools/src/main/stubs").resolve(lesson.folder()), ".js.stub").isEmpty();
        boolean graded = titles.values().stream().anyMatch(title -> title.get(Lang.EN).endsWith(" · " + CLIENT_TASK));
        if (hasClientStub && !graded) {
            problems.add("the lesson has a browser client stub, but its checks have no task \"Task N · " + CLIENT_TASK + "\"");
        }
    }

    /** Task number to its title in each language, from the lesson's checks class. */
    private Optional<Map<Integer, Map<Lang, String>>> tasks(Lesson lesson, List<String> problems) {
        Optional<List<CheckCatalog.Entry>> entries = CheckCatalog.of(lesson);
        if (entries.isEmpty()) {
            problems.add("no checks: the class " + lesson.checks() + " named in lessons.yaml cannot be found");
            return Optional.empty();
        }
        Map<Integer, Map<Lang, String>> tasks = new TreeMap<>();
        for (CheckCatalog.Entry entry : entries.get()) {
            if (entry.task() == 0) {
                problems.add("the check \"" + entry.name().en() + "\" belongs to no task (a @Tag(\"task:N\") class)");
                continue;
            }
            tasks.putIfAbsent(entry.task(), Map.of(Lang.KO, entry.taskTitle().ko(), Lang.EN, entry.taskTitle().en()));
        }
        if (tasks.isEmpty()) {
            problems.add("the checks class " + lesson.checks() + " has no checks");
        }
        return Optional.of(tasks);
    }

    private void text(Lesson lesson, Optional<Map<Integer, Map<Lang, String>>> tasks, List<String> problems) {
        String where = "lessons/" + lesson.folder() + "/README.md";
        Path file = root.resolve(where);
        if (!Files.isRegularFile(file)) {
            problems.add(where + " (the lesson text) is missing");
            return;
        }
        String text = read(file);
        String heading = "# " + lesson.id() + " " + lesson.title().ko() + " · " + lesson.title().en();
        if (!text.startsWith(heading + "\n")) {
            problems.add(where + " must start with \"" + heading + "\" (the title in lessons.yaml)");
        }
        List<String> sections = new ArrayList<>();
        Matcher section = SECTION.matcher(withoutCode(text));
        while (section.find()) {
            sections.add(section.group());
        }
        List<String> afterTitle = sections.subList(Math.min(1, sections.size()), sections.size());
        if (!afterTitle.equals(SECTIONS)) {
            problems.add(where + " does not follow the template: its sections are " + afterTitle + ", the template's are " + SECTIONS);
        }
        for (String fromJs : List.of("## JavaScript에서 Java로 · From JavaScript to Java", "## From JavaScript to Java")) {
            if (!javaScriptThenJava(text, fromJs)) {
                problems.add(where + ": the section \"" + fromJs + "\" must show the tutorial's JavaScript (```js) and then the Java (```java)");
            }
        }
        if (!text.contains("](../../CONTRACT.md")) {
            problems.add(where + " does not link to ../../CONTRACT.md");
        }
        tasks.ifPresent(titles -> {
            headings(where, text, KO_TASK, Lang.KO, titles, problems);
            headings(where, text, EN_TASK, Lang.EN, titles, problems);
        });
    }

    private static void headings(String where, String text, Pattern pattern, Lang lang,
            Map<Integer, Map<Lang, String>> tasks, List<String> problems) {
        Map<Integer, String> written = new TreeMap<>();
        Matcher heading = pattern.matcher(text);
        while (heading.find()) {
            String plain = heading.group(1).replace("`", "").strip();
            if (written.putIfAbsent(Integer.parseInt(heading.group(2)), plain) != null) {
                problems.add(where + " has two headings for " + lang + " task " + heading.group(2));
            }
        }
        for (Map.Entry<Integer, Map<Lang, String>> task : tasks.entrySet()) {
            String title = task.getValue().get(lang);
            String found = written.remove(task.getKey());
            if (found == null) {
                problems.add(where + " has no heading \"### " + title + "\"");
            } else if (!found.equals(title)) {
                problems.add(where + ": the heading \"### " + found + "\" must equal the checks' task title \"" + title + "\"");
            }
        }
        written.forEach((n, title) -> problems.add(where + ": the heading \"### " + title + "\" names a task the checks do not have"));
    }

    private static String withoutCode(String text) {
        return text.replaceAll("(?ms)^```.*?^```$", "");
    }

    private static boolean javaScriptThenJava(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        if (start < 0) {
            return false;
        }
        int end = text.indexOf("\n## ", start + heading.length() + 2);
        String section = text.substring(start, end < 0 ? text.length() : end);
        int js = section.indexOf("```js\n");
        return js >= 0 && section.indexOf("```java\n", js) > js;
    }

    private void requireFile(String relative, List<String> problems) {
        if (!Files.isRegularFile(root.resolve(relative))) {
            problems.add(relative + " is missing");
        }
    }

    private static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
