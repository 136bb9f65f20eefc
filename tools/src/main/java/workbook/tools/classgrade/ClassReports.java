package workbook.tools.classgrade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.tools.cli.TimeArg;
import workbook.tools.results.ExercismResults;

/**
 * The files {@code grade-class} writes: {@code grades.md} (a table), {@code grades.csv} (a gradebook: student ×
 * lesson points and per-task points, the maximum of each column in its heading; UTF-8 with a byte-order mark, so
 * Excel reads Korean right), {@code max-points.csv}, {@code junit/<student>.xml} and
 * {@code <student>/<lesson>/results.json} (the Exercism test runner format, version 3, one per lesson, so a
 * {@code task_id} is a task of that lesson).
 */
public final class ClassReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Excel takes a CSV file for UTF-8 only when it starts with this. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private final ClassGrader.ClassResult result;
    private final List<Lesson> lessons;
    private final Lang lang;

    public ClassReports(ClassGrader.ClassResult result, List<Lesson> lessons, Lang lang) {
        this.result = result;
        this.lessons = lessons;
        this.lang = lang;
    }

    public void writeAll(Path out) throws IOException {
        Files.writeString(out.resolve("grades.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("grades.csv"), BYTE_ORDER_MARK + csv(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("max-points.csv"), BYTE_ORDER_MARK + maxPoints(), StandardCharsets.UTF_8);
        Files.createDirectories(out.resolve("junit"));
        for (Map.Entry<String, Map<String, LessonGrade>> student : result.grades().entrySet()) {
            try (OutputStream xml = Files.newOutputStream(out.resolve("junit").resolve(student.getKey() + ".xml"))) {
                junit(student.getKey(), student.getValue(), xml);
            }
            for (Lesson lesson : lessons) {
                Path folder = Files.createDirectories(out.resolve(student.getKey()).resolve(lesson.folder()));
                JSON.writeValue(folder.resolve("results.json").toFile(), exercism(lesson, student.getValue().get(lesson.id())));
            }
        }
    }

    /** The line that ends grades.md and grade-class's output. */
    public String summary() {
        int n = result.submissions();
        double wall = result.wall().toMillis() / 1000.0;
        List<Long> own = result.grades().values().stream().flatMap(m -> m.values().stream())
                .filter(g -> g.kind().started())
                .map(g -> g.took().toMillis()).sorted().toList();
        String median = own.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f s", own.get(own.size() / 2) / 1000.0);
        String max = own.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f s", own.get(own.size() - 1) / 1000.0);
        int students = result.students().size();
        if (lang == Lang.KO) {
            return String.format(Locale.ROOT, "제출물 %d개 (학생 %d명 × 레슨 %d개)를 %.1f 초에 채점했습니다 (동시에 %d개): "
                            + "제출물 하나에 %.2f 초. 채점 JVM 하나는 중앙값 %s, 가장 길게 %s 걸렸습니다.",
                    n, students, lessons.size(), wall, result.jobs(), n == 0 ? 0 : wall / n, median, max) + warnings();
        }
        return String.format(Locale.ROOT, "%d submission%s (%d student%s × %d lesson%s) graded in %.1f s, %d at a time: "
                        + "%.2f s of wall time per submission; each submission took %s median, %s at most.",
                n, plural(n), students, plural(students), lessons.size(), plural(lessons.size()), wall, result.jobs(),
                n == 0 ? 0 : wall / n, median, max) + warnings();
    }

    /** What ran without a sandbox, each warning in a paragraph of its own. */
    private String warnings() {
        StringBuilder warnings = new StringBuilder();
        if (!result.sandboxed()) {
            warnings.append("\n\n").append(NO_SANDBOX);
        }
        if (result.pagesUnsandboxed()) {
            warnings.append("\n\n").append(PAGES_UNSANDBOXED);
        }
        long timedOut = result.grades().values().stream().flatMap(m -> m.values().stream())
                .filter(g -> g.kind() == LessonGrade.Kind.TIMED_OUT).count();
        if (timedOut > 0) {
            warnings.append("\n\n").append(overTime(timedOut, TimeArg.show(result.timeLimit())));
        }
        return warnings.toString();
    }

    /** The warning of a run in which submissions were stopped at the time limit: right ones too, on a slow machine. */
    static String overTime(long submissions, String limit) {
        return "⚠ 제출물 " + submissions + "개가 시간 제한 (" + limit + ")에 걸려 중단되었습니다. 그중에 올바른 답이 있다면 이 컴퓨터가 "
                + "이 제한에 비해 느리거나 바쁜 것입니다: 그 학생들을 --timeout을 두 배로 하거나 --jobs를 줄여 다시 채점하세요. · "
                + submissions + " submission" + plural((int) submissions) + " stopped at the time limit (" + limit + "). If a "
                + "right one is among them, this machine is too slow or busy for that limit: grade those students again with "
                + "twice the --timeout, or fewer --jobs.";
    }

    /** The warning of a run with --no-sandbox, in grades.md and on grade-class's output. */
    public static final String NO_SANDBOX = "⚠ 샌드박스 없이 채점함 (--no-sandbox): 학생 코드가 강사의 권한으로 파일과 네트워크에 닿을 수 있었습니다. "
            + "· Graded WITHOUT a sandbox (--no-sandbox): the students' code ran with the instructor's rights over files and network.";

    /** The warning of a run whose Chromium could not keep its own sandbox, in grades.md and on grade-class's output. */
    public static final String PAGES_UNSANDBOXED = "⚠ Chromium 이 학생들의 페이지를 자기 샌드박스 없이 실행했습니다 (root 로 채점했거나, "
            + "이 컴퓨터가 보통 사용자에게 사용자 네임스페이스를 허락하지 않습니다): 렌더러의 허점을 파고든 페이지 스크립트는 채점하는 사용자의 "
            + "권한을 얻을 수 있었습니다. 보통 사용자로 채점하세요. · Chromium ran the students' pages WITHOUT its own sandbox (graded as root, "
            + "or this machine gives ordinary users no user namespaces): a page script that broke out of the renderer would have had "
            + "the grading user's rights. Grade as an ordinary user.";

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# 채점 결과 · Grades\n\n");
        md.append("| 학생 · Student |");
        lessons.forEach(l -> md.append(' ').append(l.id()).append(" |"));
        md.append(" 합계 · Total | % | 문제 · Problems |\n|---|");
        lessons.forEach(l -> md.append("---:|"));
        md.append("---:|---:|---|\n");
        for (Map.Entry<String, Map<String, LessonGrade>> student : result.grades().entrySet()) {
            md.append("| ").append(cell(student.getKey())).append(" |");
            for (Lesson lesson : lessons) {
                LessonGrade grade = student.getValue().get(lesson.id());
                md.append(' ').append(grade.points()).append('/').append(grade.max())
                        .append(grade.kind() == LessonGrade.Kind.GRADED ? "" : " ⚠").append(" |");
            }
            long points = total(student.getValue(), LessonGrade::points);
            long max = total(student.getValue(), LessonGrade::max);
            md.append(' ').append(points).append('/').append(max).append(" | ").append(percent(points, max)).append(" | ")
                    .append(cell(problems(student.getValue(), "; "))).append(" |\n");
        }
        md.append("\n").append(summary()).append("\n\n");
        md.append("⚠ = 채점하지 못함 (폴더 없음, 심볼릭 링크나 너무 큰 폴더, 컴파일 오류, JVM 종료, 시간 초과) · not graded (no folder, "
                + "a symbolic link or too large, compile error, JVM ended, time limit). 자세히 · details: `junit/<student>.xml`, "
                + "`<student>/<lesson>/results.json`, `<student>/<lesson>/output.log`.\n");
        return md.toString();
    }

    /**
     * One row per student and nothing else, so a spreadsheet sorts them freely; each column's maximum is in its
     * heading ("01 (/12)"), and in {@code max-points.csv}.
     */
    String csv() {
        List<String> header = new ArrayList<>(List.of("student", "total (/" + allMax() + ")", "max", "percent"));
        for (Lesson lesson : lessons) {
            header.add(lesson.id() + " (/" + result.catalogs().get(lesson.id()).size() + ")");
            perTaskMax(lesson).forEach((task, count) -> header.add(lesson.id() + " task " + task + " (/" + count + ")"));
        }
        header.add("problems");
        StringBuilder csv = new StringBuilder(csvLine(header));
        for (Map.Entry<String, Map<String, LessonGrade>> student : result.grades().entrySet()) {
            long points = total(student.getValue(), LessonGrade::points);
            long max = total(student.getValue(), LessonGrade::max);
            List<String> row = new ArrayList<>(List.of(student.getKey(), String.valueOf(points), String.valueOf(max),
                    percent(points, max).replace("%", "")));
            for (Lesson lesson : lessons) {
                LessonGrade grade = student.getValue().get(lesson.id());
                row.add(String.valueOf(grade.points()));
                Map<Integer, long[]> tasks = grade.byTask();
                perTaskMax(lesson).keySet().forEach(task -> row.add(String.valueOf(tasks.getOrDefault(task, new long[2])[0])));
            }
            row.add(problems(student.getValue(), "; "));
            csv.append(csvLine(row));
        }
        return csv.toString();
    }

    /** The points each column of grades.csv can have: the whole, each lesson, each task. */
    String maxPoints() {
        StringBuilder csv = new StringBuilder(csvLine(List.of("column", "max")));
        csv.append(csvLine(List.of("total", String.valueOf(allMax()))));
        for (Lesson lesson : lessons) {
            csv.append(csvLine(List.of(lesson.id(), String.valueOf(result.catalogs().get(lesson.id()).size()))));
            perTaskMax(lesson).forEach((task, count) -> csv.append(csvLine(List.of(lesson.id() + " task " + task, String.valueOf(count)))));
        }
        return csv.toString();
    }

    /** One student's points (or maximum) over the lessons graded. */
    private long total(Map<String, LessonGrade> grades, java.util.function.ToLongFunction<LessonGrade> part) {
        return lessons.stream().mapToLong(l -> part.applyAsLong(grades.get(l.id()))).sum();
    }

    private long allMax() {
        return lessons.stream().mapToLong(l -> result.catalogs().get(l.id()).size()).sum();
    }

    private Map<Integer, Long> perTaskMax(Lesson lesson) {
        Map<Integer, Long> perTask = new java.util.TreeMap<>();
        result.catalogs().get(lesson.id()).forEach(e -> perTask.merge(e.task(), 1L, Long::sum));
        return perTask;
    }

    void junit(String student, Map<String, LessonGrade> grades, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", student);
            for (Lesson lesson : lessons) {
                LessonGrade grade = grades.get(lesson.id());
                List<LessonGrade.Line> lines = grade.checks();
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", student + " · " + lesson.label(lang));
                xml.writeAttribute("tests", String.valueOf(lines.size()));
                xml.writeAttribute("failures", count(lines, LessonGrade.Status.FAILED));
                xml.writeAttribute("errors", count(lines, LessonGrade.Status.ERROR));
                xml.writeAttribute("skipped", count(lines, LessonGrade.Status.SKIPPED));
                xml.writeAttribute("time", seconds(grade.took().toMillis()));
                for (LessonGrade.Line line : lines) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", clean(student + "." + lesson.folder() + ".task" + line.task()));
                    xml.writeAttribute("name", clean(line.name().in(lang)));
                    switch (line.status()) {
                        case PASSED -> { }
                        case SKIPPED -> {
                            xml.writeEmptyElement("skipped");
                            xml.writeAttribute("message", clean(headline(line.message())));
                        }
                        case FAILED, ERROR -> {
                            xml.writeStartElement(line.status() == LessonGrade.Status.FAILED ? "failure" : "error");
                            xml.writeAttribute("message", clean(headline(line.message())));
                            xml.writeCharacters(clean(line.message() == null ? "" : line.message()));
                            xml.writeEndElement();
                        }
                    }
                    xml.writeEndElement();
                }
                if (!grade.problems().isEmpty()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("system-err");
                    xml.writeCharacters(clean(String.join("\n", grade.problems().stream().map(p -> p.in(lang)).toList())));
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML of " + student, e);
        }
    }

    /** Exercism's test runner interface, version 3, for one lesson: one entry per check, {@code task_id} its task. */
    ObjectNode exercism(Lesson lesson, LessonGrade grade) {
        List<ExercismResults.Test> tests = new ArrayList<>();
        for (LessonGrade.Line line : grade.checks()) {
            if (line.status() == LessonGrade.Status.SKIPPED) {
                continue;
            }
            String status = switch (line.status()) {
                case PASSED -> "pass";
                case FAILED -> "fail";
                default -> "error";
            };
            tests.add(new ExercismResults.Test(line.taskTitle().in(lang) + " › " + line.name().in(lang), status,
                    line.message(), "./workbook check " + lesson.id(), line.task()));
        }
        boolean ran = grade.kind() == LessonGrade.Kind.GRADED;
        return ExercismResults.of(tests,
                ran ? null : String.join("\n", grade.problems().stream().map(p -> p.in(lang)).toList()));
    }

    private String problems(Map<String, LessonGrade> grades, String separator) {
        List<String> all = new ArrayList<>();
        for (Lesson lesson : lessons) {
            for (Msg problem : grades.get(lesson.id()).problems()) {
                all.add(lesson.id() + ": " + problem.in(lang));
            }
        }
        return String.join(separator, all);
    }

    private static String count(List<LessonGrade.Line> lines, LessonGrade.Status status) {
        return String.valueOf(lines.stream().filter(l -> l.status() == status).count());
    }

    private static String percent(long points, long max) {
        return max == 0 ? "0%" : Math.round(100.0 * points / max) + "%";
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String headline(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** XML 1.0 cannot hold most control characters, whatever the escaping. */
    private static String clean(String text) {
        return text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String csvLine(List<String> fields) {
        return String.join(",", fields.stream().map(ClassReports::csvField).toList()) + "\r\n";
    }

    private static String csvField(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
